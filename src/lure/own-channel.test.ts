import { describe, expect, it } from 'vitest';
import { reasonCodes, testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer();
const codes = (text: string): string[] => reasonCodes(analyzer, text);

describe("a service's own channel", () => {
  it('reads being sent to the app, a branch or a cash desk, in the three languages, and not a police station', () => {
    expect(codes('Оплатить можно в приложении или в любом отделении')).toContain('own_channel');
    expect(codes('Қосымшада немесе кассада төлей аласыз')).toContain('own_channel');
    expect(codes('Pay in your banking app or at any branch')).toContain('own_channel');
    expect(codes('Ваш сын сейчас в отделении полиции')).not.toContain('own_channel');
    expect(codes('Вход в приложение с нового устройства')).not.toContain('own_channel');
  });

  it("does not flag a utility's debt reminder that sends the reader to pay in the app, with the utility's landline", () => {
    for (const text of [
      'Водоканал: долг по лицевому счёту 2 150 тг. Оплатите в приложении банка или в кассе. Вопросы: 8 727 301 44 10',
      'Су арнасы: дербес шот бойынша 2 150 теңге қарыз. Банк қосымшасында немесе кассада төлеңіз. Сұрақтар: 8 727 301 44 10',
      'Water utility: 2,150 KZT owed on your account. Pay in your banking app or at a cash desk. Questions: +7 727 301 44 10',
    ]) {
      expect(analyzer.analyze({ text }).verdict, text).toBe('no_signs');
    }
  });

  it('still flags a lure that mentions the app but sends the reader to a stranger’s mobile', () => {
    const r = analyzer.analyze({ text: 'Ваша карта заблокирована в приложении из-за подозрительной операции. Позвоните в службу безопасности 8 705 123 44 55' });
    expect(r.verdict).toBe('danger');
  });

  it('takes a bank named on the way to pay ("in your banking app") for no claim to be that bank', () => {
    const r = analyzer.analyze({ text: 'Water utility: 2,150 KZT owed. Pay in your banking app. Questions: +7 727 301 44 10' });
    expect(r.reasons.map((x) => x.code)).not.toContain('org.bank');
    expect(r.claimedOrgs).toEqual([]);
    expect(codes('Your bank account is blocked, call +7 705 123 44 55')).toContain('org.bank');
  });
});
