// The +7 prefix fast path in normalizeNumber must give exactly what libphonenumber gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractNumbers } from './extract.js';
import { normalizeNumber, normalizeNumberSlow } from './normalize.js';

const digitsOf = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
const form = fc.constantFrom('+7', '8', '7', '+7 (', '8 ', '7 ', '8-', '', '(');

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
          for (const lead of ['+7', '8', '7', '']) {
            const input = `${lead}${national}`;
            expect(normalizeNumber(input, country), input).toEqual(normalizeNumberSlow(input, country));
          }
        }
      }
    }
  });

  it('agrees with libphonenumber across every sixth digit of every Kazakh landline prefix (71xxx, 72xxx)', () => {
    for (const country of ['KZ', 'RU']) {
      for (let p = 0; p < 2000; p++) {
        const prefix = `${p < 1000 ? 71 : 72}${String(p % 1000).padStart(3, '0')}`;
        for (let d = 0; d < 10; d++) {
          for (const lead of ['8', '']) {
            const input = `${lead}${prefix}${d}${String((p * 7919 + d * 104729) % 10000).padStart(4, '0')}`;
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

  it('reads runs of every shape (digit groups, separators, "+", look-alike zeros, short numbers) as libphonenumber reads their raw text', () => {
    // Groups of 1–5 digits (not starting with 1: "1-8xx" is read as a North American number, which its raw text alone is not)
    const group = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 999_999 }), fc.constantFrom('', 'O', 'о')).map(([n, v, zero]) => {
      const d = String(v).padStart(6, '0').slice(0, n).replace(/^1/, '2');
      return zero === '' || n < 2 ? d : `${d.slice(0, 1)}${zero}${d.slice(2)}`;
    });
    const run = fc.tuple(fc.constantFrom('', '+', '+7 ', '8 ', '7', '00'), fc.array(group, { minLength: 1, maxLength: 7 }), fc.constantFrom(' ', '-', '.', '', ' (', ') ', '  '));
    const word = fc.constantFrom('звоните', 'call', 'номер', 'тг', 'код:', 'Сумма', 'KZ', 'по', ',', ':', '№', 'line', '');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, run), { minLength: 1, maxLength: 4 }), (parts) => {
        const text = parts.map(([w, [lead, groups, sep]]) => `${w} ${lead}${groups.join(sep)}`).join(' ');
        for (const f of extractNumbers(text, 'KZ', { knownShort: new Set(['1414', '102']) })) {
          expect(f.raw).toBe(text.slice(f.span[0], f.span[1]));
          expect(f).toMatchObject({ ...normalizeNumberSlow(f.raw) });
        }
      }),
      { numRuns: 20_000 },
    );
  });
});
