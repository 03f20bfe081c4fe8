// The +7 prefix fast path in normalizeNumber must give exactly what libphonenumber gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractNumbers } from './extract.js';
import { normalizeNumber, normalizeNumberSlow } from './normalize.js';

const digitsOf = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
const form = fc.constantFrom('+7', '8', '7', '+7 (', '8 ', '7 ', '8-');

/** "+7 (701) 123 45 67", "8-701-123-45-67", "77011234567", … */
function written(prefix: string, national: string, sep: string): string {
  const area = prefix.endsWith('(') ? `${national.slice(0, 3)}) ` : `${national.slice(0, 3)}${sep}`;
  return `${prefix}${area}${national.slice(3, 6)}${sep}${national.slice(6, 8)}${sep}${national.slice(8)}`;
}

describe('+7 fast path', () => {
  it('agrees with libphonenumber for every 3-digit prefix and every next digit', () => {
    let seed = 12345;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (const country of ['KZ', 'RU']) {
      for (let p = 0; p < 1000; p++) {
        for (let d = 0; d < 10; d++) {
          const national = `${String(p).padStart(3, '0')}${d}${String(rnd() % 1_000_000).padStart(6, '0')}`;
          for (const lead of ['+7', '8', '7']) {
            const input = `${lead}${national}`;
            expect(normalizeNumber(input, country), input).toEqual(normalizeNumberSlow(input, country));
          }
        }
      }
    }
  });

  it('agrees with libphonenumber on generated numbers, deep ranges included', () => {
    const national = fc.oneof(
      digitsOf(10),
      fc.tuple(fc.constantFrom('71', '72', '93', '70', '77', '80', '75', '33', '90', '49'), digitsOf(8)).map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(form, national, fc.constantFrom(' ', '-', '', ' '), fc.constantFrom('KZ', 'RU'), (lead, nat, sep, country) => {
        const input = written(lead, nat, sep);
        expect(normalizeNumber(input, country)).toEqual(normalizeNumberSlow(input, country));
      }),
      { numRuns: 20_000 },
    );
  });

  it('extracts the same numbers, spans and flags as the libphonenumber path', () => {
    fc.assert(
      fc.property(form, digitsOf(10), fc.constantFrom(' ', '-', '.', ''), (lead, nat, sep) => {
        const text = `Срочно перезвоните по номеру ${written(lead, nat, sep)} сегодня`;
        const found = extractNumbers(text);
        for (const f of found) {
          expect(f).toMatchObject({ ...normalizeNumberSlow(f.raw), raw: text.slice(f.span[0], f.span[1]) });
        }
        const slow = normalizeNumberSlow(written(lead, nat, ''));
        if (slow && slow.kind !== 'unknown' && slow.kind !== 'short') expect(found.map((f) => f.key)).toContain(slow.key);
      }),
      { numRuns: 5_000 },
    );
  });
});
