import { describe, expect, it } from 'vitest';
import { reasonCodes, testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer();
const codes = (text: string): string[] => reasonCodes(analyzer, text);

describe('a planned event named by its day', () => {
  it('reads the day of an event, not a deadline, in the three languages', () => {
    expect(codes('В субботу меняем домофон, ключи у председателя')).toContain('schedule');
    expect(codes('Сенбі күні домофон ауыстырылады, кілттер төрағада')).toContain('schedule');
    expect(codes('The intercom is replaced on Saturday, fobs from the caretaker')).toContain('schedule');
    // A deadline presses; it is not a planned event.
    expect(codes('До субботы перерегистрируйте ключ от домофона')).not.toContain('schedule');
    expect(codes('Сенбіге дейін кілтті қайта тіркеңіз')).not.toContain('schedule');
    expect(codes('Register your fob by Saturday')).not.toContain('schedule');
  });

  it('does not flag a building announcement of planned work with a caretaker’s mobile, in the three languages', () => {
    for (const text of [
      'ОСИ: в четверг с 10:00 меняем домофонную панель во 2 подъезде, новые ключи выдаёт председатель, тел. 8 702 415 30 96',
      'ПИБ: бейсенбі күні сағат 10:00-де 2-подъездегі домофон панелі ауыстырылады, жаңа кілттерді үй басшысы береді, тел. 8 702 415 30 96',
      'Residents: on Thursday from 10 am the door entry panel in entrance 2 is replaced, new fobs from the caretaker, tel. +7 702 415 30 96',
    ]) {
      expect(analyzer.analyze({ text }).verdict, text).toBe('no_signs');
    }
  });

  it('still flags a lure that names the day but threatens and asks for a code', () => {
    const r = analyzer.analyze({ text: 'В пятницу ваш ключ от подъезда будет заблокирован. Срочно перезвоните мастеру 8 771 622 40 13 и назовите код из СМС' });
    expect(r.verdict).not.toBe('no_signs');
  });

  it('reads "your boss" as the boss pretext and a building’s head as no pretext', () => {
    expect(codes('Басшыңыз сізге хабарласуды тапсырды')).toContain('pretext.boss');
    expect(codes('Кілттерді үй басшысы береді')).not.toContain('pretext.boss');
  });
});
