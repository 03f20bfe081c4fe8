import { describe, expect, it } from 'vitest';
import { extractNumbers } from './extract.js';
import { hasOtherDigits, plainDigits } from './plain-digits.js';

describe('digits in other forms', () => {
  it('are written 0-9 in a copy of the same length, keycap marks as spaces', () => {
    for (const [text, plain] of [
      ['８７０１', '8701'],
      ['⑧⑦⓪①', '8701'],
      ['❽❼⓿➀', '8701'],
      ['٨٧٠١', '8701'],
      ['۸۷۰۱', '8701'],
      ['8\ufe0f\u20e37\ufe0f\u20e3', '8  7  '],
      ['тел. ²³', 'тел. 23'],
    ] as const) {
      expect(hasOtherDigits(text), text).toBe(true);
      expect(plainDigits(text)).toBe(plain);
      expect(plainDigits(text)).toHaveLength(text.length);
    }
  });

  it('are not seen where there are none: Roman numerals, fractions, ⑩, a heart emoji', () => {
    for (const text of ['Перезвоните 8 701 123 45 67', 'Ⅻ ½ ⑩', 'Люблю ❤\ufe0f', '']) expect(hasOtherDigits(text), text).toBe(false);
  });

  it('make numbers the extractor finds, written as they were and marked as written to slip past filters', () => {
    for (const text of ['Звоните ８ ７４７ ５５５ １２ ３４', 'Звоните ⑧⑦④⑦⑤⑤⑤①②③④', 'Звоните 8\ufe0f\u20e37\ufe0f\u20e34\ufe0f\u20e37\ufe0f\u20e35\ufe0f\u20e35\ufe0f\u20e35\ufe0f\u20e31\ufe0f\u20e32\ufe0f\u20e33\ufe0f\u20e34\ufe0f\u20e3']) {
      const [num, ...rest] = extractNumbers(text);
      expect(rest, text).toEqual([]);
      expect(num?.key, text).toBe('+77475551234');
      expect(num?.obfuscated, text).toBe(true);
      expect(text.slice(num!.span[0], num!.span[1])).toBe(num!.raw);
    }
  });

  it('leave a number written 0-9 as it was', () => {
    expect(extractNumbers('Звоните 8 747 555 12 34, люблю ❤\ufe0f')).toEqual(extractNumbers('Звоните 8 747 555 12 34, люблю ❤\ufe0f'.replace('❤\ufe0f', '')));
  });
});
