import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatLocal, isLate, localDay, localToUtc, timeLeft, utcToLocalInput, zoneOffsetMs } from './deadline.js';

describe('deadlines in Asia/Almaty', () => {
  it('uses the zone offset from the time-zone database (UTC+5 since March 2024, UTC+6 before)', () => {
    expect(zoneOffsetMs(Date.parse('2026-12-22T00:00:00Z'))).toBe(5 * 3600_000);
    expect(zoneOffsetMs(Date.parse('2023-12-22T00:00:00Z'))).toBe(6 * 3600_000);
  });

  it('converts wall-clock deadlines to UTC and back', () => {
    expect(localToUtc('2026-12-22T18:00')).toBe('2026-12-22T13:00:00.000Z');
    expect(localToUtc('2026-12-22 00:30')).toBe('2026-12-21T19:30:00.000Z');
    expect(utcToLocalInput('2026-12-22T13:00:00.000Z')).toBe('2026-12-22T18:00');
    expect(formatLocal('2026-12-21T19:30:00.000Z')).toBe('22.12.2026 00:30');
    expect(localDay(Date.parse('2026-12-21T19:30:00.000Z'))).toBe('2026-12-22');
  });

  it('refuses impossible dates', () => {
    expect(localToUtc('2026-02-30T10:00')).toBeUndefined();
    expect(localToUtc('2026-12-22T24:00')).toBeUndefined();
    expect(localToUtc('22.12.2026')).toBeUndefined();
  });

  it('round-trips any minute', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2020-01-01T00:00:00Z') / 60_000, max: Date.parse('2035-01-01T00:00:00Z') / 60_000 }), (min) => {
        const iso = new Date(min * 60_000).toISOString();
        expect(localToUtc(utcToLocalInput(iso))).toBe(iso);
      }),
    );
  });

  it('counts down and marks lateness', () => {
    const now = Date.parse('2026-12-20T13:00:00Z');
    expect(timeLeft(now, '2026-12-22T14:30:00.000Z')).toMatchObject({ overdue: false, days: 2, hours: 1, minutes: 30 });
    expect(timeLeft(now, '2026-12-20T12:00:00.000Z')).toMatchObject({ overdue: true, days: 0, hours: 1 });
    expect(isLate('2026-12-22T13:00:00.001Z', '2026-12-22T13:00:00.000Z')).toBe(true);
    expect(isLate('2026-12-22T13:00:00.000Z', '2026-12-22T13:00:00.000Z')).toBe(false);
  });
});
