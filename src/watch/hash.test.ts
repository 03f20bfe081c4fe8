import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalNumber, H, hashDigitLanes, hashNumber, hashNumberBytes } from './hash.js';

function viaString(s: string): [boolean, number, number] {
  const ok = hashNumber(s);
  return [ok, H[0]!, H[1]!];
}

function viaBytes(s: string): [boolean, number, number] {
  const buf = Buffer.from(`,${s},`, 'latin1');
  const ok = hashNumberBytes(buf, 1, buf.length - 1);
  return [ok, H[0]!, H[1]!];
}

describe('number hashing', () => {
  it('gives the same key over bytes (CSV) and over a string (JSONL, NATS)', () => {
    const written = fc.oneof(
      fc.stringMatching(/^[+]?[78][ (-]?7\d{2}[) -]?\d{3}[ -]?\d{2}[ -]?\d{2}$/),
      fc.stringMatching(/^[A-Za-z0-9 ._-]{1,11}$/),
      fc.stringMatching(/^\d{3,5}$/),
      // past 15 digits a number is no longer read as one integer
      fc.stringMatching(/^\d{14,20}$/),
    );
    fc.assert(
      fc.property(written, (s) => {
        expect(viaBytes(s)).toEqual(viaString(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the 8 trunk prefix and +7 as the same number, and sender ids case-insensitively', () => {
    expect(viaString('8 701 123 45 67')).toEqual(viaString('+7 (701) 123-45-67'));
    expect(viaString('kaspi.kz')).toEqual(viaString('KASPI.KZ'));
    expect(viaString('+77011234567')).not.toEqual(viaString('+77011234568'));
    expect(viaString('007')).not.toEqual(viaString('7'));
    expect(viaString('1234567890123456')).not.toEqual(viaString('1234567890123457'));
  });

  it('keeps the lanes of a number from one version to the next (snapshots and partitions hold them)', () => {
    expect(viaString('+77011234567')).toEqual([true, -750770512, 1803602776]);
    expect(viaString('007')).toEqual([true, 721030304, 883807099]);
    expect(viaString('999999999999999')).toEqual([true, 735691142, -1462117948]);
  });

  it('gives a number split into its low and high 32 bits the lanes of the number (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 15 }), fc.double({ min: 0, max: 1, noNaN: true }), (digits, f) => {
        // any value of `digits` digits, leading zeros included
        const v = Math.min(Math.floor(f * 10 ** digits), 10 ** digits - 1);
        const written = String(v).padStart(digits, '0');
        hashNumber(written);
        const want = [H[0], H[1]];
        // the trunk prefix as hashNumber reads it: 8 then ten digits is +7 then the ten, and ten digits from 3 to 9 gain the 7
        const national = digits === 10 && written.charAt(0) >= '3';
        const w = digits === 11 && written.startsWith('8') ? v - 1e10 : national ? v + 7e10 : v;
        hashDigitLanes(w | 0, Math.floor(w / 2 ** 32) | 0, national ? 11 : digits);
        expect([H[0], H[1]]).toEqual(want);
      }),
    );
    hashNumber('87011234567');
    const trunk = [H[0], H[1]];
    hashDigitLanes(77011234567 | 0, Math.floor(77011234567 / 2 ** 32), 11);
    expect([H[0], H[1]]).toEqual(trunk);
  });

  it('keys a number one way however a record or a message writes it', () => {
    const key = (s: string): number[] => (hashNumber(s), [H[0]!, H[1]!]);
    const want = key('+77011234567');
    for (const written of ['77011234567', '87011234567', '7011234567', '+7 (701) 123-45-67', '8 701 123 45 67']) expect(key(written), written).toEqual(want);
    for (const written of ['77011234567', '87011234567', '7011234567']) expect(canonicalNumber(written)).toBe('+77011234567');
    // other lengths are other numbers, and so are ten digits after a "+"
    expect(key('+7011234567')).not.toEqual(want);
    expect(canonicalNumber('+7011234567')).toBe('+7011234567');
    expect(key('011234567')).not.toEqual(want);
    expect(key('1414')).not.toEqual(key('71414'));
  });
});
