import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanDigits, keyOf, normalizeNumber } from './normalize.js';

describe('normalizeNumber', () => {
  it.each([
    ['+7 (701) 123-45-67', '+77011234567'],
    ['8 701 123 45 67', '+77011234567'],
    ['87011234567', '+77011234567'],
    ['7 701 1234567', '+77011234567'],
    ['7011234567', '+77011234567'],
    ['8 7O1 123 45 67', '+77011234567'],
    ['8.701.123.45.67', '+77011234567'],
  ])('reads %s as a Kazakh mobile', (input, key) => {
    expect(normalizeNumber(input)).toEqual({ key, kind: 'mobile', country: 'KZ', display: '+7 701 123 45 67' });
  });

  it('keeps short numbers as their digits', () => {
    expect(normalizeNumber('1414')).toEqual({ key: '1414', kind: 'short', country: 'KZ', display: '1414' });
    expect(normalizeNumber('102')?.kind).toBe('short');
  });

  it('classifies fixed, international and toll-free numbers', () => {
    expect(normalizeNumber('+7 727 258 58 58')).toMatchObject({ key: '+77272585858', kind: 'fixed', country: 'KZ' });
    expect(normalizeNumber('+7 495 123 45 67')).toMatchObject({ kind: 'international', country: 'RU' });
    expect(normalizeNumber('+44 20 7946 0958')).toMatchObject({ key: '+442079460958', kind: 'international', country: 'GB' });
    expect(normalizeNumber('00 44 20 7946 0958')?.key).toBe('+442079460958');
    const tollFree = normalizeNumber('8 800 080 00 88');
    expect(tollFree).toMatchObject({ key: '+78000800088', kind: 'fixed' });
    expect(tollFree?.country).toBeUndefined();
  });

  it('refuses what is not a number', () => {
    expect(normalizeNumber('')).toBeNull();
    expect(normalizeNumber('hello')).toBeNull();
    expect(normalizeNumber('12')).toBeNull();
    expect(normalizeNumber('+7 701 12')).toBeNull();
    expect(normalizeNumber('1234567890123456789')).toBeNull();
    expect(normalizeNumber('8 701 123 45 67', 'XX')).toBeNull();
  });

  it('cleans look-alike zeros and separators', () => {
    expect(cleanDigits(' +7 (7О1) 1OO-00-00 ')).toBe('+77011000000');
    expect(cleanDigits('8 701 abc')).toBeNull();
  });
});

describe('keyOf', () => {
  const written = fc.oneof(
    fc.stringMatching(/^(\+7|8|7) ?\(?[0-9]\d\d\)? ?\d{3}[- ]?\d\d[- ]?\d\d$/),
    fc.stringMatching(/^\+7\d{10}$/),
    fc.stringMatching(/^\+\d{7,15}$/),
    fc.stringMatching(/^00\d{7,13}$/),
    fc.stringMatching(/^\d{3,12}$/),
  );

  it('is the key normalizeNumber gives, for written numbers and for keys, in both default countries', () => {
    fc.assert(
      fc.property(written, fc.constantFrom('KZ', 'RU'), (input, country) => {
        const key = normalizeNumber(input, country)?.key ?? null;
        expect(keyOf(input, country), input).toBe(key);
        if (key !== null) expect(keyOf(key, country), key).toBe(normalizeNumber(key, country)?.key ?? null);
      }),
      { numRuns: 4000 },
    );
    expect(keyOf('+77011234567')).toBe('+77011234567');
    expect(keyOf('+600000000000')).toBe('+60000000000');
    expect(keyOf('+7701')).toBeNull();
  });
});
