import { describe, expect, it } from 'vitest';
import { paragraphLang, summarizeLangs } from './lang.js';

describe('language per paragraph', () => {
  it('takes Kazakh letters as a strong signal', () => {
    expect(paragraphLang('Хабарламадағы нөмірге қайта қоңырау шалмаңыз.').lang).toBe('kk');
    expect(paragraphLang('Балалар ән айтып, өлең оқыды.').lang).toBe('kk');
  });

  it('tells Russian and English apart', () => {
    expect(paragraphLang('Не перезванивайте на номер из сообщения, это мошенники.').lang).toBe('ru');
    expect(paragraphLang('Do not call back the number from the message.').lang).toBe('en');
  });

  it('does not call a Russian text Kazakh for one stray letter', () => {
    const ru = 'Злоумышленники рассылают письма и сообщения от имени служб доставки, управляющих компаний или банков с просьбой перезвонить. і';
    expect(paragraphLang(ru).lang).toBe('ru');
  });

  it('summarizes shares and the languages present', () => {
    const { summary, perParagraph } = summarizeLangs([
      'Мектепте жаңа жылдық кеш өтті. Балалар ән айтып, өлең оқыды.',
      'В актовом зале прошёл новогодний утренник для учащихся начальных классов.',
      '12:00',
    ]);
    expect(perParagraph.map((p) => p.lang)).toEqual(['kk', 'ru', 'other']);
    expect(summary.present.sort()).toEqual(['kk', 'ru']);
    expect(summary.main).toBe('ru');
    expect(summarizeLangs([]).summary.main).toBeNull();
  });
});
