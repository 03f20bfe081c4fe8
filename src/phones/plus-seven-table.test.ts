// The +7 prefix table must be what libphonenumber says today: a libphonenumber-js update that moves a range
// makes this fail, and `npx tsx scripts/gen-plus-seven.ts` remakes the table.
import { describe, expect, it } from 'vitest';
import { normalizeNumber, normalizeNumberSlow } from './normalize.js';
import { slotNational } from './plus-seven-classes.js';
import { plusSevenTable } from './plus-seven-gen.js';
import { PLUS_SEVEN_CLASSES, PLUS_SEVEN_RUNS } from './plus-seven-table.js';

describe('+7 prefix table', () => {
  it('is the table libphonenumber gives now', () => {
    const fresh = plusSevenTable();
    expect(fresh.classes).toEqual(PLUS_SEVEN_CLASSES);
    expect(fresh.runs).toEqual(PLUS_SEVEN_RUNS);
  });

  it('names the slots by the prefixes that need their depth: 3 digits, 5 under 71/72, 6 under 93', () => {
    expect(slotNational(701)).toBe('7010000000');
    expect(slotNational(1000)).toBe('7100000000');
    expect(slotNational(2999)).toBe('7299900000');
    expect(slotNational(3000)).toBe('9300000000');
    expect(slotNational(12_999)).toBe('9399990000');
  });

  it('answers Kazakh landlines of every area without asking libphonenumber again', () => {
    for (const national of ['7172123456', '7272345678', '7212987654', '7252111111', '7112000000', '7292555555']) {
      for (const lead of ['+7', '8', '7']) expect(normalizeNumber(lead + national)).toEqual(normalizeNumberSlow(lead + national));
    }
    expect(normalizeNumber('8 7172 12 34 56')?.kind).toBe('fixed');
  });
});
