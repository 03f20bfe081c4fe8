import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../phones/extract.js';
import { normalizeNumber } from '../phones/normalize.js';
import { textReader } from './readers.js';

describe('textReader', () => {
  const read = textReader((t) => extractNumbers(t, 'KZ'), (w) => normalizeNumber(w, 'KZ'));

  it('finds numbers the numbering plan knows and full numbers it does not, however they are written', () => {
    expect(read('Перезвоните +7 701 123 45 67').mentioned).toEqual(['+77011234567']);
    expect(read('ОСИ просит перезвонить +7 717 708 27 06 в течение часа').mentioned).toEqual(['+77177082706']);
    expect(read('Запись: 8 (717) 708-27-06').mentioned).toEqual(['+77177082706']);
  });

  it('reads a number written in words, as a mass SMS spells it to pass filters that look for digits', () => {
    expect(read('Ваша посылка на складе. Позвоните: восемь семь ноль один пять пять ноль два три девять восемь').mentioned).toEqual(['+77015502398']);
    expect(read('Сәлем, ертең бір кездесейік, екі сағатта үш адам келеді').mentioned).toEqual([]);
  });

  it('reads a number written in other digits, fullwidth, circled or as keycap emoji', () => {
    expect(read('Ваша посылка на складе. Позвоните ８７０１５５０２３９８').mentioned).toEqual(['+77015502398']);
    expect(read('Замена домофона: ⑧⑦⓪①⑤⑤⓪②③⑨⑧').mentioned).toEqual(['+77015502398']);
  });

  it('reads nothing from texts without numbers, and leaves the lure score unknown without an analyzer', () => {
    expect(read('Код 274722, никому не сообщайте').mentioned).toEqual([]);
    expect(read('Привет, как дела?')).toEqual({ mentioned: [], lure: Number.NaN });
    expect(Number.isNaN(read('Позвоните 87011234567').lure)).toBe(true);
  });
});
