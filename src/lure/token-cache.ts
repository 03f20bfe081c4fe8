// Remembers what the automaton found for a folded word, so each distinct word is walked once and every
// later sight of it is a hash, a probe and a compare of its code units. Messages reuse a small
// vocabulary; a stream of ever-new words only fills the table up to its bound, and then it starts over.
import { grown } from './grown.js';

/** Values kept per entry (the automaton's candidate ids, and one more value per word). */
export const CACHE_WIDTH = 4;

export class TokenCache {
  /** Open addressing: entry index + 1 per slot, 0 for empty. */
  private slots: Int32Array;
  private mask: number;
  private hashes: Int32Array;
  private keyStart: Int32Array;
  private keyLen: Int32Array;
  private tags: Uint8Array;
  private keys: Uint16Array;
  private keyEnd = 0;
  /** CACHE_WIDTH values per entry, written by the caller after add(). */
  vals: Int32Array;
  count = 0;
  /** How many times the table was emptied because it reached maxEntries. */
  resets = 0;

  constructor(
    private readonly maxEntries = 1 << 15,
    initialEntries = 256,
  ) {
    if (!isPowerOfTwo(maxEntries) || !isPowerOfTwo(initialEntries)) throw new RangeError('cache sizes must be powers of two');
    const entries = Math.min(initialEntries, maxEntries);
    this.slots = new Int32Array(entries * 2);
    this.mask = entries * 2 - 1;
    this.hashes = new Int32Array(entries);
    this.keyStart = new Int32Array(entries);
    this.keyLen = new Int32Array(entries);
    this.tags = new Uint8Array(entries);
    this.keys = new Uint16Array(entries * 8);
    this.vals = new Int32Array(entries * CACHE_WIDTH);
  }

  /** The entry holding buf[from, to) with this tag, or -1; `chars` is hashOf(buf, from, to). */
  lookup(buf: Uint16Array, from: number, to: number, tag: number, chars: number): number {
    const h = withTag(chars, tag);
    const { slots, mask } = this;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = slots[s]! - 1;
      if (e < 0) return -1;
      if (this.hashes[e] === h && this.tags[e] === tag && this.sameKey(e, buf, from, to)) return e;
    }
  }

  /** Adds buf[from, to) (not present) and returns its entry, whose values the caller then writes. */
  add(buf: Uint16Array, from: number, to: number, tag: number, chars: number): number {
    if (this.count >= this.maxEntries) this.clear();
    if (this.count === this.hashes.length) this.grow();
    const len = to - from;
    if (this.keyEnd + len > this.keys.length) {
      const keys = new Uint16Array(Math.max(this.keys.length * 2, this.keyEnd + len));
      keys.set(this.keys.subarray(0, this.keyEnd));
      this.keys = keys;
    }
    const e = this.count++;
    const h = withTag(chars, tag);
    this.hashes[e] = h;
    this.tags[e] = tag;
    this.keyStart[e] = this.keyEnd;
    this.keyLen[e] = len;
    this.keys.set(buf.subarray(from, to), this.keyEnd);
    this.keyEnd += len;
    this.place(e, h);
    return e;
  }

  clear(): void {
    this.slots.fill(0);
    this.count = 0;
    this.keyEnd = 0;
    this.resets++;
  }

  private sameKey(e: number, buf: Uint16Array, from: number, to: number): boolean {
    if (this.keyLen[e] !== to - from) return false;
    const keys = this.keys;
    for (let i = from, k = this.keyStart[e]!; i < to; i++, k++) if (keys[k] !== buf[i]) return false;
    return true;
  }

  private place(e: number, h: number): void {
    const { slots, mask } = this;
    let s = h & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = e + 1;
  }

  /** Doubles the entry arrays and the slot table (kept at most half full), re-placing every entry. */
  private grow(): void {
    const entries = Math.min(this.hashes.length * 2, this.maxEntries);
    this.hashes = grown(this.hashes, entries);
    this.keyStart = grown(this.keyStart, entries);
    this.keyLen = grown(this.keyLen, entries);
    this.vals = grown(this.vals, entries * CACHE_WIDTH);
    const tags = new Uint8Array(entries);
    tags.set(this.tags);
    this.tags = tags;
    this.slots = new Int32Array(entries * 2);
    this.mask = entries * 2 - 1;
    for (let e = 0; e < this.count; e++) this.place(e, this.hashes[e]!);
  }
}

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over the code units; the tokenizer computes the same while it reads a word. */
export function hashOf(buf: Uint16Array, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) h = Math.imul(h ^ buf[i]!, FNV_PRIME);
  return h;
}

/** Mixes the tag in, so a word walked two ways lands on different slots; collisions are settled by comparing keys. */
function withTag(chars: number, tag: number): number {
  const h = Math.imul(chars ^ tag, FNV_PRIME);
  return h ^ (h >>> 15);
}

function isPowerOfTwo(n: number): boolean {
  return Number.isInteger(n) && n > 0 && (n & (n - 1)) === 0;
}
