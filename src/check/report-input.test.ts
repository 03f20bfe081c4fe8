import { describe, expect, it } from 'vitest';
import { normalizeReportText, prepareReport } from './report-input.js';

describe('prepareReport', () => {
  it('normalizes the number and gives the same key to the same message written differently', () => {
    const a = prepareReport({ number: '+7 (701) 555-12-34', text: 'Ваша  карта\nЗАБЛОКИРОВАНА', channel: 'sms' });
    const b = prepareReport({ number: '87015551234', text: ' ваша карта заблокирована ', channel: 'call', note: ' n ' });
    if (!a.ok || !b.ok) throw new Error('not prepared');
    expect(a.report.numberKey).toBe('+77015551234');
    expect(a.report.numberKind).toBe('mobile');
    expect(a.report.dedupeKey).toBe(b.report.dedupeKey);
    expect(a.report.textHash).toMatch(/^[0-9a-f]{64}$/);
    expect(b.report.note).toBe('n');
    // the text is kept as typed; only its hash is normalized
    expect(a.report.text).toBe('Ваша  карта\nЗАБЛОКИРОВАНА');
  });

  it('tells a different message or number apart', () => {
    const base = prepareReport({ number: '87015551234', text: 'x', channel: 'sms' });
    const otherText = prepareReport({ number: '87015551234', text: 'y', channel: 'sms' });
    const noText = prepareReport({ number: '87015551234', channel: 'sms' });
    if (!base.ok || !otherText.ok || !noText.ok) throw new Error('not prepared');
    expect(new Set([base.report.dedupeKey, otherText.report.dedupeKey, noText.report.dedupeKey]).size).toBe(3);
    expect(noText.report.textHash).toBeNull();
  });

  it('refuses an empty report and a bad number', () => {
    expect(prepareReport({ number: '  ', text: '', channel: 'sms' })).toEqual({ ok: false, problem: 'empty' });
    expect(prepareReport({ number: 'call me', channel: 'sms' })).toEqual({ ok: false, problem: 'invalid_phone' });
    const textOnly = prepareReport({ text: 'lure', channel: 'email' });
    expect(textOnly.ok && textOnly.report.numberKey).toBeNull();
  });

  it('normalizes text for hashing: NFKC, case, spaces', () => {
    expect(normalizeReportText('  Ｋａｓｐｉ\t\tБАНК \n')).toBe('kaspi банк');
  });
});
