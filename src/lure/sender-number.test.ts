import { describe, expect, it } from 'vitest';
import { testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer({ wording: false });
const SIM = '+77015553344';

describe('a call-back to "this number": the sender is the number to call', () => {
  it('judges the sender as the number to call when the text writes none, and shows it at the words that point at it', () => {
    const text = 'Kaspi: ваша карта заблокирована. Перезвоните на этот номер';
    const r = analyzer.analyze({ text, sender: SIM });
    expect(r.verdict).toBe('danger');
    const unofficial = r.reasons.find((x) => x.code === 'number.unofficial')!;
    expect(unofficial.text).toBe(SIM);
    expect(text.slice(unofficial.span[0], unofficial.span[1])).toBe('на этот номер');
    expect(r.numbers.map((n) => [n.key, n.kind, n.officialFor])).toEqual([[SIM, 'mobile', []]]);
    // one fact, one reason: the sender is not also an unofficial sender
    expect(r.reasons.map((x) => x.code)).not.toContain('sender.unofficial');
  });

  it('reads the pointer in Kazakh and English', () => {
    for (const text of ['Картаңыз бұғатталды. Осы нөмірге қоңырау шалыңыз', 'Your Kaspi card is blocked. Call us back on this number']) {
      const r = analyzer.analyze({ text, sender: SIM });
      expect(r.numbers.map((n) => n.key), text).toEqual([SIM]);
      expect(r.verdict, text).toBe('danger');
    }
  });

  it("clears an organization's own number as the sender", () => {
    const r = analyzer.analyze({ text: 'Халык банк: по вашей карте подозрительная операция. Позвоните по этому номеру', sender: '7111' });
    expect(r.reasons.map((x) => x.code)).toContain('number.official');
    expect(r.verdict).toBe('no_signs');
  });

  it('leaves the sender alone when the text gives a number, asks for no call, quotes the words, or the sender is no number', () => {
    const given = analyzer.analyze({ text: 'Перезвоните на этот номер: 8 747 123 45 67', sender: SIM });
    expect(given.numbers.map((n) => n.key)).toEqual(['+77471234567']);
    for (const [text, sender] of [
      ['Не звоните на этот номер, это мошенники', SIM],
      ['Мне пришло «Kaspi: карта заблокирована, перезвоните на этот номер» с незнакомого, это развод?', SIM],
      ['Этот номер больше не обслуживается', SIM],
      ['Kaspi: ваша карта заблокирована. Перезвоните на этот номер', 'INFO'],
    ] as const) {
      expect(analyzer.analyze({ text, sender }).numbers, text).toEqual([]);
    }
  });
});
