import { describe, expect, it } from 'vitest';
import type { NumberLookup } from '../../check/number-lookup.js';
import { formatLookup } from './number.js';

const base: NumberLookup = {
  input: '8 701 555 00 22',
  normalized: { key: '+77015550022', kind: 'mobile', country: 'KZ', display: '+7 701 555 00 22' },
  official: [],
  reports: { reported: false, reports: 0, times: 0, first: null, last: null },
  watch: [],
};

describe('formatLookup', () => {
  it('says a number is nobody official, not reported and not flagged', () => {
    const out = formatLookup(base, 'en');
    expect(out).toContain('+7 701 555 00 22 (mobile, KZ)');
    expect(out).toContain('not an official number');
    expect(out).toContain('No confirmed reports');
    expect(out).toContain('has not flagged');
  });

  it('gives the organization with its source, the reports with dates and the Watch flags, in the chosen language', () => {
    const out = formatLookup(
      {
        ...base,
        official: [{ org: { id: 'halyk', category: 'bank', names: { kk: 'Халық', ru: 'Народный', en: 'Halyk' } }, phone: { value: '7111', source: 'https://halykbank.kz/x' } }],
        reports: { reported: true, reports: 2, times: 5, first: '2026-11-20T10:00:00.000Z', last: '2026-11-24T09:00:00.000Z' },
        watch: [{ number: '+77015550022', source: 'watch', score: 0.912, reasons: [{ code: 'primed_callers', value: 14 }], firstTs: 'a', lastTs: 'b', alerts: 3, createdAt: 'c', updatedAt: 'd' }],
      },
      'ru',
    );
    expect(out).toContain('Официальный номер: Народный — источник: https://halykbank.kz/x');
    expect(out).toContain('2 сообщ. (всего 5 раз), первое 2026-11-20, последнее 2026-11-24');
    expect(out).toContain('балл 0.91, 3 раз');
    expect(out).toContain('подготовленных звонящих: 14');
  });
});
