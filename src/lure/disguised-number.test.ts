import { describe, expect, it } from 'vitest';
import { reasonCodes, testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer();
const codes = (text: string): string[] => reasonCodes(analyzer, text);

// Organizations write their numbers plainly: a number spelled out, dotted or spaced digit by digit was
// written so that filters looking for digits miss it.
describe('a number written to slip past filters', () => {
  it('is a reason of its own, whichever way it is disguised', () => {
    expect(codes('Курьер не застал вас дома. Перезвоните: восемь семь ноль один пять пять ноль два три девять восемь')).toContain('evasion.number');
    expect(codes('Courier here, nobody home. Call me back or the parcel goes back: eight seven zero one - 550 - 23 - 98')).toContain('evasion.number');
    expect(codes('Ваша карта заблокирована. Тел: 8 747 / 610 / 33 / 05')).toContain('evasion.number');
    expect(codes('Ваша карта заблокирована. Позвоните 8.701.123.45.67')).toContain('evasion.number');
  });

  it('turns a spelled call-back number into a number of the message', () => {
    const r = analyzer.analyze({ text: 'Перезвоните по номеру восемь семь ноль один пять пять ноль два три девять восемь' });
    expect(r.numbers.map((n) => n.key)).toEqual(['+77015502398']);
    expect(r.reasons.map((x) => x.code)).toContain('number.unknown');
  });

  it('is not read into a number written plainly, nor into digit words with no call asked', () => {
    expect(codes('Курьер будет с 15 до 18. Мой номер 8 701 123 45 67, звоните')).not.toContain('evasion.number');
    expect(analyzer.analyze({ text: 'У меня два кота, три собаки и один попугай, семь рыбок и восемь хомяков' }).numbers).toEqual([]);
  });
});
