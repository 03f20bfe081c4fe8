import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractNumbers } from './extract.js';
import { extractSpelled, spelledDigits } from './spelled.js';

const spelled = (text: string): { key: string; raw: string }[] =>
  extractSpelled(text, (t) => extractNumbers(t)).map((n) => ({ key: n.key, raw: n.raw }));

describe('numbers written with words for digits', () => {
  it('are found in the three languages, alone or mixed with digits, and show what the text wrote', () => {
    expect(spelled('Call me back: eight seven zero one - 550 - 23 - 98')).toEqual([{ key: '+77015502398', raw: 'eight seven zero one - 550 - 23 - 98' }]);
    expect(spelled('Перезвоните: Восемь семь ноль один пять пять ноль два три девять восемь.')).toEqual([{ key: '+77015502398', raw: 'Восемь семь ноль один пять пять ноль два три девять восемь' }]);
    expect(spelled('Хабарласыңыз: сегіз жеті жеті бес бір екі үш төрт бес алты жеті')).toEqual([{ key: '+77751234567', raw: 'сегіз жеті жеті бес бір екі үш төрт бес алты жеті' }]);
  });

  it('are found when Kazakh or Russian is typed in Latin letters', () => {
    expect(spelled('qaıta qońyraý shalyńyz segiz jeti jeti bes bir eki ush tort bes alty jeti')).toEqual([{ key: '+77751234567', raw: 'segiz jeti jeti bes bir eki ush tort bes alty jeti' }]);
    expect(spelled('Perezvonite: vosem sem nol odin pyat pyat nol dva tri devyat vosem')).toEqual([{ key: '+77015502398', raw: 'vosem sem nol odin pyat pyat nol dva tri devyat vosem' }]);
  });

  it('are marked as written to slip past filters', () => {
    expect(extractSpelled('call eight seven zero one 550 23 98', (t) => extractNumbers(t)).every((n) => n.obfuscated)).toBe(true);
  });

  it('are not read into ordinary words', () => {
    expect(spelled('I have two kids, three dogs and one cat')).toEqual([]);
    expect(spelled('one two three four five six seven eight nine zero')).toEqual([]);
    expect(spelledDigits('Екі күннен кейін келемін')).toBeNull();
  });

  it('keep every character where it was (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('eight', 'seven', 'ноль', 'бір', ' ', '-', '7', 'a', 'жеті', '\uffff'), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const digits = spelledDigits(text);
        if (digits !== null) expect(digits.length).toBe(text.length);
        for (const n of extractSpelled(text, (t) => extractNumbers(t))) {
          expect(n.span[0]).toBeGreaterThanOrEqual(0);
          expect(n.span[1]).toBeLessThanOrEqual(text.length);
          expect(n.raw).toBe(text.slice(n.span[0], n.span[1]));
        }
      }),
    );
  });
});
