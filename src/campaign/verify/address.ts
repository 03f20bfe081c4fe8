// Classifies IP addresses for the SSRF guard: which ranges a fetch of a stranger's URL may never reach.
// Pure: parses IPv4/IPv6 text itself so IPv4 hidden inside IPv6 (mapped, compatible, NAT64, 6to4) is caught.
import { isIP } from 'node:net';

export type AddressClass =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link_local'
  | 'cgnat'
  | 'multicast'
  | 'unspecified'
  | 'metadata'
  | 'reserved'
  | 'invalid';

interface V4Range {
  base: number;
  bits: number;
  cls: Exclude<AddressClass, 'public' | 'invalid'>;
}

function v4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return undefined;
    const b = Number(p);
    if (b > 255) return undefined;
    n = n * 256 + b;
  }
  return n;
}

const V4_RANGES: V4Range[] = [
  // Cloud metadata first: it sits inside link-local but deserves its own name in the refusal.
  { base: v4('169.254.169.254')!, bits: 32, cls: 'metadata' },
  { base: v4('100.100.100.200')!, bits: 32, cls: 'metadata' }, // Alibaba Cloud
  { base: v4('0.0.0.0')!, bits: 32, cls: 'unspecified' },
  { base: v4('0.0.0.0')!, bits: 8, cls: 'reserved' }, // "this network"
  { base: v4('127.0.0.0')!, bits: 8, cls: 'loopback' },
  { base: v4('10.0.0.0')!, bits: 8, cls: 'private' },
  { base: v4('172.16.0.0')!, bits: 12, cls: 'private' },
  { base: v4('192.168.0.0')!, bits: 16, cls: 'private' },
  { base: v4('169.254.0.0')!, bits: 16, cls: 'link_local' },
  { base: v4('100.64.0.0')!, bits: 10, cls: 'cgnat' },
  { base: v4('224.0.0.0')!, bits: 4, cls: 'multicast' },
  { base: v4('192.0.0.0')!, bits: 24, cls: 'reserved' }, // IETF protocol assignments
  { base: v4('192.0.2.0')!, bits: 24, cls: 'reserved' }, // documentation
  { base: v4('198.51.100.0')!, bits: 24, cls: 'reserved' },
  { base: v4('203.0.113.0')!, bits: 24, cls: 'reserved' },
  { base: v4('198.18.0.0')!, bits: 15, cls: 'reserved' }, // benchmarking
  { base: v4('240.0.0.0')!, bits: 4, cls: 'reserved' }, // includes broadcast
];

function inV4(n: number, r: V4Range): boolean {
  const size = 2 ** (32 - r.bits);
  return Math.floor(n / size) === Math.floor(r.base / size);
}

export function classifyV4(n: number): AddressClass {
  for (const r of V4_RANGES) if (inV4(n, r)) return r.cls;
  return 'public';
}

/** Parses IPv6 text (with optional embedded dotted IPv4 and zone) into 16 bytes. */
export function parseV6(text: string): Uint8Array | undefined {
  const s = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (isIP(s) !== 6) return undefined;
  let head = s;
  const tail: number[] = [];
  const lastColon = s.lastIndexOf(':');
  if (s.slice(lastColon + 1).includes('.')) {
    const n = v4(s.slice(lastColon + 1));
    if (n === undefined) return undefined;
    tail.push(Math.floor(n / 65536), n % 65536);
    head = s.slice(0, lastColon + 1);
    if (!head.endsWith('::')) head = head.slice(0, -1);
  }
  const groups = (str: string): number[] => (str === '' ? [] : str.split(':').map((g) => parseInt(g, 16)));
  let words: number[];
  const dbl = head.indexOf('::');
  if (dbl >= 0) {
    const left = groups(head.slice(0, dbl));
    const right = groups(head.slice(dbl + 2));
    const fill = 8 - left.length - right.length - tail.length;
    if (fill < 0) return undefined;
    words = [...left, ...new Array<number>(fill).fill(0), ...right, ...tail];
  } else {
    words = [...groups(head), ...tail];
  }
  if (words.length !== 8 || words.some((w) => !Number.isInteger(w) || w < 0 || w > 0xffff)) return undefined;
  const out = new Uint8Array(16);
  words.forEach((w, i) => {
    out[i * 2] = w >> 8;
    out[i * 2 + 1] = w & 0xff;
  });
  return out;
}

function v4At(b: Uint8Array, offset: number): number {
  return ((b[offset]! << 24) >>> 0) + (b[offset + 1]! << 16) + (b[offset + 2]! << 8) + b[offset + 3]!;
}

function zeros(b: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (b[i] !== 0) return false;
  return true;
}

export function classifyV6(b: Uint8Array): AddressClass {
  if (zeros(b, 0, 16)) return 'unspecified';
  if (zeros(b, 0, 15) && b[15] === 1) return 'loopback';
  // IPv4-mapped ::ffff:a.b.c.d and the deprecated IPv4-compatible ::a.b.c.d: judge the IPv4 inside.
  if (zeros(b, 0, 10) && b[10] === 0xff && b[11] === 0xff) return classifyV4(v4At(b, 12));
  if (zeros(b, 0, 12)) return classifyV4(v4At(b, 12));
  // NAT64 64:ff9b::/96 and 6to4 2002::/16 reach an IPv4 address too.
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && zeros(b, 4, 12)) return classifyV4(v4At(b, 12));
  if (b[0] === 0x20 && b[1] === 0x02) {
    const inner = classifyV4(v4At(b, 2));
    return inner === 'public' ? 'public' : inner;
  }
  if (b[0] === 0xff) return 'multicast';
  if (b[0] === 0xfe && (b[1]! & 0xc0) === 0x80) return 'link_local';
  if (b[0] === 0xfe && (b[1]! & 0xc0) === 0xc0) return 'private'; // deprecated site-local
  if ((b[0]! & 0xfe) === 0xfc) {
    // fd00:ec2::254 is AWS's IPv6 metadata endpoint, inside unique-local space.
    if (b[0] === 0xfd && b[1] === 0x00 && b[2] === 0x0e && b[3] === 0xc2 && zeros(b, 4, 14) && b[14] === 0x02 && b[15] === 0x54) return 'metadata';
    return 'private';
  }
  if (b[0] === 0x20 && b[1] === 0x01 && b[2] === 0x0d && b[3] === 0xb8) return 'reserved'; // documentation
  if (b[0] === 0x01 && zeros(b, 1, 8)) return 'reserved'; // discard-only 100::/64
  return 'public';
}

/** The class of any textual IP address; `invalid` when it is not one. */
export function classifyAddress(text: string): AddressClass {
  const s = text.replace(/^\[|\]$/g, '');
  const kind = isIP(s.replace(/%.*$/, ''));
  if (kind === 4) return classifyV4(v4(s)!);
  if (kind === 6) {
    const b = parseV6(s);
    return b ? classifyV6(b) : 'invalid';
  }
  return 'invalid';
}
