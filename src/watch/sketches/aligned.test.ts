import { describe, expect, it } from 'vitest';
import { lineAlignedBytes } from './aligned.js';

describe('lineAlignedBytes', () => {
  it('gives exactly n zero bytes, at the start of their buffer', () => {
    for (const n of [0, 1, 1000, 65536, 65537, 3 << 20]) {
      const b = lineAlignedBytes(n);
      expect(b.byteLength).toBe(n);
      expect(b.byteOffset).toBe(0);
      expect(b.every((v) => v === 0)).toBe(true);
    }
  });

  it('gives memory apart from any other', () => {
    const a = lineAlignedBytes(4096);
    const b = lineAlignedBytes(4096);
    a[7] = 1;
    expect(b[7]).toBe(0);
    expect(new Int32Array(a.buffer, 0, 1024)[1]).toBe(1 << 24);
  });
});
