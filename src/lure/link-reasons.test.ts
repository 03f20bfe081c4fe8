import { describe, expect, it } from 'vitest';
import { reasonCodes, testAnalyzer } from '../../test/helpers/lure.js';
import { headerLabel, senderLabel } from './link-reasons.js';

const analyzer = testAnalyzer();
const codesFrom = (text: string, sender?: string): string[] => (sender === undefined ? reasonCodes(analyzer, text) : analyzer.analyze({ text, sender }).reasons.map((r) => r.code));
const linkCodes = (text: string, sender?: string): string[] => codesFrom(text, sender).filter((c) => c.startsWith('link.'));

describe('a link to the site that bears the sender id', () => {
  it('is the sender’s own site, not an unknown or foreign one', () => {
    const alseco = 'Алсеко: задолженность за коммунальные услуги 23 450 тг. Оплатить можно в приложениях Kaspi, Halyk, на alseco.kz или в кассах.';
    expect(linkCodes(alseco)).toEqual(['link.foreign']);
    expect(linkCodes(alseco, 'ALSECO')).toEqual([]);
    const flight = 'Your flight KC921 has been rescheduled. Manage your booking on airastana.com or contact our Contact Centre.';
    expect(linkCodes(flight)).toEqual(['link.unknown']);
    expect(linkCodes(flight, 'AirAstana')).toEqual([]);
  });

  it('does not clear a look-alike of an organization the message names, a rare top-level domain, or a phone or e-mail sender', () => {
    expect(linkCodes('Kaspi: карта заблокирована, подробнее на kaspibank.kz', 'KaspiBank')).toEqual(['link.lookalike']);
    expect(linkCodes('Your parcel is on hold, pay the fee at parcelhub.top', 'ParcelHub')).toEqual(['link.unknown']);
    expect(senderLabel('+77011234567')).toBe('');
    expect(senderLabel('noreply@alseco.kz')).toBe('');
    expect(senderLabel('Air-Astana')).toBe('airastana');
    expect(senderLabel('Kolesa.kz')).toBe('kolesa');
  });
});

describe('a link to the site of the name a message opens with', () => {
  it('is that business’s own ("Sulpak: … sulpak.kz"), while a look-alike of a named bank is not', () => {
    expect(linkCodes('Sulpak: скидка 30% на телевизоры только сегодня! sulpak.kz/sale')).toEqual([]);
    expect(linkCodes('Скидка 30% на телевизоры только сегодня! sulpak.kz/sale')).toEqual(['link.unknown']);
    expect(linkCodes('Kaspi: скидка 50% только сегодня kaspi-bonus.kz')).toEqual(['link.lookalike']);
    expect(headerLabel('Sulpak: скидка')).toBe('sulpak');
    expect(headerLabel('Kolesa.kz: Your listing is now live')).toBe('kolesa');
    expect(linkCodes("Kolesa.kz: Your listing 'Hyundai Tucson 2020' is now live. It will stay active for 30 days.", 'Kolesa.kz')).toEqual([]);
    expect(headerLabel('Алсеко: задолженность')).toBe('');
    expect(headerLabel('Привет, как дела? Ответь: да или нет')).toBe('');
  });
});

describe('a merchant as a card statement writes it', () => {
  it('is a name in capitals next to the amount paid, not a link', () => {
    expect(linkCodes('Списание 2 490,00 KZT NETFLIX.COM. Карта *8890. Остаток: 61 230,04 KZT', 'BerekeBank')).toEqual([]);
    expect(linkCodes('Покупка 12.99 USD APPLE.COM/BILL. Карта *1234. Доступно 84 000 KZT')).toEqual([]);
    expect(linkCodes('Purchase 39.00 EUR BOOKING.COM, card *5521. Available: 412 000 KZT')).toEqual([]);
  });

  it('is still a link in lower case, far from an amount, in a text all in capitals, or where the message asks to open it', () => {
    expect(linkCodes('Списание 2 490,00 KZT netflix-pay.com. Карта *8890')).toEqual(['link.unknown']);
    expect(linkCodes('Ваш бонус ждёт вас: BONUS-KZ.COM')).toEqual(['link.unknown']);
    expect(linkCodes('ВАМ НАЧИСЛЕНО 50 000 KZT ЗАБЕРИТЕ НА BONUS-KZ.COM')).toEqual(['link.unknown']);
    expect(linkCodes('Вам начислено 50 000 KZT, перейдите по ссылке BONUS-KZ.COM')).toEqual(['link.unknown']);
  });
});
