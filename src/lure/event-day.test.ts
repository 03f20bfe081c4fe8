import { describe, expect, it } from 'vitest';
import { reasonCodes, testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer();
const codes = (text: string): string[] => reasonCodes(analyzer, text);

describe('an event named by its date', () => {
  it('reads a day of the month as a planned event, in the three languages', () => {
    expect(codes('Плановая поверка счётчиков 20 ноября')).toContain('schedule');
    expect(codes('Есептегіштерді тексеру 20 қарашада өтеді')).toContain('schedule');
    expect(codes('Есептегіштерді тексеру 20 қараша күні өтеді')).toContain('schedule');
    expect(codes('The meter check takes place on 20 November')).toContain('schedule');
  });

  it('reads a date after a deadline word as a deadline, not an event', () => {
    expect(codes('До 20 ноября перерегистрируйте счётчик')).not.toContain('schedule');
    expect(codes('20 қарашаға дейін есептегішті тіркеңіз')).not.toContain('schedule');
    expect(codes('Register your meter by 20 November')).not.toContain('schedule');
    expect(codes('В ноябре проверка')).not.toContain('schedule');
  });

  it('does not flag a planned meter check with the building office’s landline', () => {
    const text = 'Напоминаем о плановой поверке счётчиков в вашем доме 20 ноября. Вопросы — в ОСИ по телефону 8 727 278 11 90';
    expect(analyzer.analyze({ text }).verdict).toBe('no_signs');
  });

  it('still flags a dated lure with a threat and a stranger’s mobile', () => {
    for (const text of [
      'До 20 ноября обязательно замените счётчик, иначе штраф. Запись по номеру 8 776 502 18 93',
      'All meters must be replaced by 20 November, a fine applies if late. Book on +7 776 502 18 93',
    ]) {
      expect(analyzer.analyze({ text }).verdict, text).not.toBe('no_signs');
    }
  });
});
