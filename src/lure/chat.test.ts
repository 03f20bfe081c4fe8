import { describe, expect, it } from 'vitest';
import { testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer();
const verdict = (text: string): string => analyzer.analyze({ text }).verdict;
const codes = (text: string): string[] => analyzer.analyze({ text }).reasons.map((r) => r.code);

// People ask each other for money, pay back debts and grumble about fines every day; the relative-in-trouble
// scheme is told apart by who writes (a "new number", "it's me") and how (rushed, "I'll explain later").
describe('money talk between people', () => {
  it('is a request or a debt, not a pretext, and chat about it is not a danger', () => {
    for (const text of ['Скинул, не трать на чипсы 😄', 'Всё, долг вернул, проверь Каспи', 'Займи 20 до зарплаты? Очень надо', 'Қарызымды қайтардым, Каспиді тексер', 'Штраф за парковку пришёл, 7500, вот блин', 'Тұраққа айыппұл келіпті, 7500, әттеген-ай']) {
      expect(codes(text), text).not.toContain('pretext.relative');
      expect(codes(text), text).not.toContain('pretext.tax_refund');
      expect(verdict(text), text).not.toBe('danger');
    }
    expect(codes('Папа, скинь 500 на обед')).toContain('topic.favour');
    expect(codes('Сен маған 3 мың қарызсың')).toContain('topic.debt');
  });

  it('still flags the relative in trouble writing from a new number', () => {
    expect(verdict('Мама, это я, пишу с нового номера. Срочно скинь 50 000 на эту карту 4400 4301 2345 6789, потом объясню')).toBe('danger');
    expect(verdict('Апа, бұл мен, жаңа нөмірім. Жол апатына түстім, тез 100 мың аударып жіберші, кейін түсіндіремін')).toBe('danger');
  });
});
