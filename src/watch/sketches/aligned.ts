// Zeroed memory for the sketches whose layouts put one key's bits in one 64-byte line (a Bloom block)
// or two (a gate unit): the layouts assume the array starts on a line. A typed array's own memory
// comes from malloc, which only promises 16 bytes: a block then spans two lines and a unit three, and
// a lookup waits for one more miss. A WebAssembly memory starts on a page.

/** Bytes a WebAssembly page holds. */
const PAGE = 65536;
/** Pages a WebAssembly memory may have (4 GiB). */
const MAX_PAGES = 65536;

/** The part of the WebAssembly API used here (the project's type libraries declare no WebAssembly values). */
interface Wasm {
  Memory: new (d: { initial: number; maximum: number }) => { readonly buffer: ArrayBuffer };
}

/**
 * `n` zero bytes starting on a page; on a 16-byte boundary only beyond 4 GiB, or when the engine has
 * no address space left for another WebAssembly memory (it reserves gigabytes of it for each).
 */
export function lineAlignedBytes(n: number): Uint8Array {
  const pages = Math.ceil(n / PAGE);
  if (pages === 0 || pages > MAX_PAGES) return new Uint8Array(n);
  try {
    return new Uint8Array(new (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly.Memory({ initial: pages, maximum: pages }).buffer, 0, n);
  } catch {
    return new Uint8Array(n);
  }
}
