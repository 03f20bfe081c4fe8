import { describe, expect, it } from 'vitest';
import { testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer();
const codes = (text: string, sender?: string): string[] => analyzer.analyze(sender === undefined ? { text } : { text, sender }).reasons.map((r) => r.code);

describe('a named sender whose message leads nowhere (channel.none)', () => {
  const refund = 'Ваше заявление на возврат ИПН (налоговый вычет на лечение) исполнено. Сумма 24 800 тг будет перечислена на указанный счёт в течение 5 рабочих дней.';

  it('is said of a notice from a sender id with no number, link or address, and lowers its score', () => {
    const named = analyzer.analyze({ text: refund, sender: 'eGov' });
    expect(named.reasons.find((r) => r.code === 'channel.none')).toMatchObject({ span: [0, 0], text: 'eGov' });
    expect(named.verdict).toBe('no_signs');
    expect(named.score).toBeLessThan(analyzer.analyze({ text: refund }).score);
    expect(codes('Air Astana: a refund of 84 300 KZT for booking ZXK4PL has been processed to your card.', 'noreply@airastana.com')).toContain('channel.none');
  });

  it('is not said without a sender, from a phone number, or when the text gives a number, a link or an address', () => {
    expect(codes(refund)).not.toContain('channel.none');
    expect(codes(refund, '+77015553344')).not.toContain('channel.none');
    expect(codes(refund, 'WhatsApp +77015553344')).not.toContain('channel.none');
    expect(codes(`${refund} Вопросы: 8 701 555 33 44`, 'eGov')).not.toContain('channel.none');
    expect(codes(`${refund} Подробнее: egov-vozvrat.kz`, 'eGov')).not.toContain('channel.none');
    expect(codes(`${refund} Пишите: vozvrat@mail.ru`, 'eGov')).not.toContain('channel.none');
  });

  it('is not said when digits enough for a number stand in pieces, or the text points at a number or opens another way', () => {
    expect(codes('Jusan: deposit bonus credited, confirm by phone. The number starts 8 747, then 602, then 91 44.', 'Jusan')).not.toContain('channel.none');
    expect(codes('ХҚКО: деректерді жаңарту үшін мына нөмірге хабарласыңыз', 'HKKO')).not.toContain('channel.none');
    // spaced letters around a number written with look-alike letters the extractor cannot read
    expect(codes('Каsрі: құпия сөзді 3 рет қате тердіңіз. Қосымша бұғатталды. Қ о ң ы р а у  ш а л ы ң ы з: 8 7O7 6I5 2O 44', 'Kaspi')).not.toContain('channel.none');
    expect(codes('Ваша карта заблокирована. Ожидайте звонка специалиста службы безопасности и назовите ему код из СМС', 'Halyk')).not.toContain('channel.none');
    expect(codes('Ваша карта заблокирована. Ответьте на это сообщение, чтобы разблокировать', 'Halyk')).not.toContain('channel.none');
  });
});
