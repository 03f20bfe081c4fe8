import { describe, expect, it } from 'vitest';
import { CACHE_WIDTH, TokenCache, hashOf } from './token-cache.js';

function word(s: string): Uint16Array {
  return Uint16Array.from(s, (ch) => ch.charCodeAt(0));
}

function put(cache: TokenCache, s: string, tag: number, value: number, hash = hashOf(word(s), 0, s.length)): number {
  const e = cache.add(word(s), 0, s.length, tag, hash);
  cache.vals[e * CACHE_WIDTH] = value;
  return e;
}

function get(cache: TokenCache, s: string, tag: number, hash = hashOf(word(s), 0, s.length)): number | undefined {
  const e = cache.lookup(word(s), 0, s.length, tag, hash);
  return e < 0 ? undefined : cache.vals[e * CACHE_WIDTH];
}

describe('TokenCache', () => {
  it('finds what was added, by characters and tag, inside a longer buffer', () => {
    const cache = new TokenCache();
    put(cache, 'карта', 0, 7);
    put(cache, 'карта', 3, 8);
    expect(get(cache, 'карта', 0)).toBe(7);
    expect(get(cache, 'карта', 3)).toBe(8);
    expect(get(cache, 'карта', 1)).toBeUndefined();
    expect(get(cache, 'карт', 0)).toBeUndefined();
    const buf = word('ваша карта');
    expect(cache.lookup(buf, 5, 10, 0, hashOf(buf, 5, 10))).toBeGreaterThanOrEqual(0);
  });

  it('tells apart words whose hashes collide', () => {
    const cache = new TokenCache();
    const same = 12345;
    put(cache, 'код', 0, 1, same);
    put(cache, 'кот', 0, 2, same);
    put(cache, 'ко', 0, 3, same);
    expect(get(cache, 'код', 0, same)).toBe(1);
    expect(get(cache, 'кот', 0, same)).toBe(2);
    expect(get(cache, 'ко', 0, same)).toBe(3);
    expect(get(cache, 'кол', 0, same)).toBeUndefined();
  });

  it('grows past its first size and keeps every entry', () => {
    const cache = new TokenCache(1 << 12, 4);
    for (let i = 0; i < 3000; i++) put(cache, `w${i}`, i % 4, i);
    expect(cache.count).toBe(3000);
    expect(cache.resets).toBe(0);
    for (let i = 0; i < 3000; i++) expect(get(cache, `w${i}`, i % 4)).toBe(i);
  });

  it('starts over when full instead of growing without bound', () => {
    const cache = new TokenCache(16, 4);
    for (let i = 0; i < 16; i++) put(cache, `w${i}`, 0, i);
    expect(cache.resets).toBe(0);
    put(cache, 'new', 0, 99);
    expect(cache.resets).toBe(1);
    expect(cache.count).toBe(1);
    expect(get(cache, 'new', 0)).toBe(99);
    expect(get(cache, 'w0', 0)).toBeUndefined();
  });

  it('refuses sizes that are not powers of two', () => {
    expect(() => new TokenCache(1000)).toThrow(RangeError);
    expect(() => new TokenCache(1024, 3)).toThrow(RangeError);
  });
});
