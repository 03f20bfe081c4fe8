import { describe, expect, it } from 'vitest';
import { reasonCodes, testAnalyzer } from '../../test/helpers/lure.js';
import { officeHours } from './office-hours.js';
import { Tokenizer } from './tokenize.js';

const found = (text: string): string | undefined => {
  const span = officeHours(text);
  return span === undefined ? undefined : text.slice(span[0], span[1]);
};

describe('working hours', () => {
  it('are read as people write them, in the three languages', () => {
    expect(found('обратитесь по тел. 8 727 344 10 58 (пн-пт 9:00-18:00).')).toBe('9:00-18:00');
    expect(found('Уточнить: 8-771-903-55-27 (с 9 до 18)')).toBe('с 9 до 18');
    expect(found('Анықтама: дс-жм 09.00-18.00')).toBe('09.00-18.00');
    expect(found('call Mon-Fri 9:00-18:00')).toBe('9:00-18:00');
    expect(found('we are open from 9 to 6')).toBe('from 9 to 6');
  });

  it('are not dates, amounts, years or a single time', () => {
    for (const text of ['с 10.12 до 20.12', 'Сумма 12.50-18.00', '2024-2025', 'счёт 1 500-2 000 тг', 'в 10:00', 'с 1 до 15 числа', 'код 4821']) {
      expect(found(text), text).toBeUndefined();
    }
  });

  it('are a reason of their own that lowers the score', () => {
    const analyzer = testAnalyzer();
    const text = 'Коллекторское агентство: задолженность 187 320 тг. Для согласования графика обратитесь по тел. 8 727 344 10 58 (пн-пт 9:00-18:00).';
    expect(reasonCodes(analyzer, text)).toContain('office_hours');
    const without = analyzer.analyze({ text: text.replace(' (пн-пт 9:00-18:00)', '') }).score;
    expect(analyzer.analyze({ text }).score).toBeLessThan(without);
  });
});

describe('working hours found from the words of the text', () => {
  it('are the ones the whole scan finds', () => {
    const tokenizer = new Tokenizer(testAnalyzer().lexicon.table);
    for (const text of ['обратитесь по тел. 8 727 344 10 58 (пн-пт 9:00-18:00).', 'Уточнить: 8-771-903-55-27 (с 9 до 18)', 'дс-жм 09.00-ден 18.00-ге дейін', 'с 10.12 до 20.12', 'код 4821']) {
      const tokens = tokenizer.run(text);
      expect(officeHours(text, tokens), text).toEqual(officeHours(text));
    }
  });
});
