import { describe, expect, it } from 'vitest';
import { reasonCodes, testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer();
const codes = (text: string): string[] => reasonCodes(analyzer, text);
const verdict = (text: string): string => analyzer.analyze({ text }).verdict;

describe('a word written to slip past filters', () => {
  it('is look-alike letters interleaved, or digits for letters inside a word', () => {
    expect(codes('Vlad іntеrestіng gооds arrіvеd https://t.co/3YDYMalLpk')).toContain('evasion.text');
    expect(codes('Ищeм людей на подрaбoткy. Пишитe в ЛC')).toContain('evasion.text');
    expect(codes('Y0ur p4rcel could not be delivered')).toContain('evasion.text');
    expect(codes('Ваша карта заблокирована, авт0ризация')).toContain('evasion.text');
  });

  it('is not a keyboard habit, a name with an ending, Kazakh in Latin letters or a code', () => {
    for (const text of ['Мен бiлемiн, ертең келемiн', 'Kaspiге жібердім', 'Sәlem, keliңder', 'Посылка RB123456789KZ прибыла', 'Рейс KC0917 задерживается', 'Купил iPhone15, доволен', 'Номер заказа ASNLT20AE01']) {
      expect(codes(text), text).not.toContain('evasion.text');
    }
  });

  it('adds to a link, a pretext or a request, and alone flags nothing', () => {
    expect(verdict('Vlad іntеrestіng gооds arrіvеd https://t.co/3YDYMalLpk')).not.toBe('no_signs');
    expect(verdict('Ищeм людей на подрaбoткy. Cлoжных зaдaч нeт. Пoдходит мyжчинам и жeнщинам. Зa дeнь oт 4500p. Пишитe в ЛC')).not.toBe('no_signs');
    expect(verdict('Привeт, как дeла?')).toBe('no_signs');
  });
});
