import { describe, expect, it } from 'vitest';
import { testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer({ wording: false });

describe("an operator's relayed call: the subscriber's line is a person's, not the operator's", () => {
  it('judges "Абонент +7…" / "+7… абоненті" / "Subscriber +7…" as an unknown number, never the named operator\'s stranger', () => {
    for (const text of [
      'Абонент +77758101234 просит Вас перезвонить. Услуга «Перезвони мне», Tele2',
      '+77051184027 абоненті сізден қайта қоңырау шалуды сұрайды. Beeline',
      "Beeline: Subscriber +77475520914 asks you to call back. 'Call Me Back' service.",
    ]) {
      const r = analyzer.analyze({ text, sender: 'Tele2' });
      const codes = r.reasons.map((x) => x.code);
      expect(codes, text).toContain('number.unknown');
      expect(codes, text).not.toContain('number.unofficial');
      expect(codes, text).not.toContain('channel.mobile');
      expect(r.numbers).toHaveLength(1);
    }
  });

  it('still judges a number the word does not stand next to, and a lure that only copies the notice', () => {
    const r = analyzer.analyze({ text: 'Beeline: Вам звонили с номера +7 727 312 09 55 3 раза. Абонент просит перезвонить срочно' });
    expect(r.reasons.map((x) => x.code)).toContain('number.unofficial');
    expect(r.verdict).not.toBe('no_signs');
  });
});

describe('narrowed phrases', () => {
  it('"жаңа нөмірім, сақтап қой" (my new number, save it) is no contract pretext; "нөміріңізді сақтау үшін" still is', () => {
    const friend = analyzer.analyze({ text: 'Сәлем! Бұл Жанар, жаңа нөмірім, сақтап қой.' });
    expect(friend.reasons.map((x) => x.code)).not.toContain('pretext.contract_expiring');
    const lure = analyzer.analyze({ text: 'Нөміріңізді сақтау үшін 8 708 227 61 40 нөміріне қоңырау шалыңыз' });
    expect(lure.reasons.map((x) => x.code)).toContain('pretext.contract_expiring');
  });

  it("a card's expiry date in the bank's own notice asks for no card data; the card number and CVV still do", () => {
    const notice = analyzer.analyze({ text: 'Срок действия карты *1209 истекает 30.04. Новая карта будет доставлена курьером. ForteBank' });
    expect(notice.reasons.map((x) => x.code)).not.toContain('personal_data');
    const ask = analyzer.analyze({ text: 'Для разблокировки назовите номер карты, срок действия и CVV' });
    expect(ask.reasons.map((x) => x.code)).toContain('personal_data');
  });
});
