import { describe, expect, it } from 'vitest';
import { reasonCodes, testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer();
const codes = (text: string): string[] => reasonCodes(analyzer, text);

// A "courier" or "the bank's security service" who asks for the code typed back, or for the money moved to
// a "protected" account: the request is the scam whatever verb carries it.
describe('a code asked to be written back', () => {
  it('is a code request in the three languages', () => {
    expect(codes('Это курьер, вам пришёл код в смс, напишите его мне сюда для подтверждения доставки')).toContainEqual(expect.stringMatching(/^code_request\b/));
    expect(codes('Пришлите код из сообщения, чтобы курьер отметил доставку')).toContainEqual(expect.stringMatching(/^code_request\b/));
    expect(codes('Мен курьермін, сізге SMS-код келді, соны осында жазып жіберіңізші')).toContainEqual(expect.stringMatching(/^code_request\b/));
    expect(codes("I'm your courier, you just got a code by SMS, text me the code so I can close the delivery")).toContainEqual(expect.stringMatching(/^code_request\b/));
  });

  it('is not read into a one-time code the service sends with its warning', () => {
    expect(codes('Код подтверждения: 4821. Никому не сообщайте этот код.')).not.toContainEqual(expect.stringMatching(/^code_request\b/));
  });

  // A shop's code for receiving an order is written in its own message and meant for the courier at the door.
  it('is not the code a shop gives for the courier or the pickup point, in the three languages', () => {
    for (const text of [
      'Kaspi Магазин: заказ №318844012 передан в доставку. Код получения 4821 — назовите его курьеру при получении заказа.',
      'Код для получения заказа №318844012: 4821. Сообщите код курьеру только при получении заказа',
      'Kaspi Дүкен: №318844012 тапсырысты алу коды: 4821. Оны курьерге тапсырысты алған кезде ғана айтыңыз.',
      'Your delivery code is 4821. Give it to the courier when you receive your parcel.',
    ]) {
      expect(codes(text), text).not.toContainEqual(expect.stringMatching(/^code_request\b/));
      expect(analyzer.analyze({ text }).verdict, text).toBe('no_signs');
    }
  });

  it('is still asked for when the "courier" wants the code for himself', () => {
    const text = 'Здравствуйте, я курьер СДЭК, вам сейчас придёт код подтверждения доставки, продиктуйте его мне пожалуйста';
    expect(codes(text)).toContainEqual(expect.stringMatching(/^code_request\b/));
    expect(analyzer.analyze({ text }).verdict).toBe('danger');
  });
});

describe('money moved to a "protected" account', () => {
  it('is the safe-account request in Kazakh and English', () => {
    expect(codes('Қаражатыңызға қауіп төніп тұр. Барлық ақшаны қорғалған шотқа аударыңыз')).toContain('safe_account');
    expect(codes('Your savings are at risk: move them to a protected account today')).toContain('safe_account');
  });
});

// Operators give short numbers to organizations only: a call-back to one reaches the organization itself.
describe('a call-back to a short number alone', () => {
  const text = (number: string): string => `Bank security: a suspicious transfer of 250,000 KZT was stopped. If this wasn't you, call ${number} now.`;
  it('is not a danger, unlike the same request to a mobile number', () => {
    const short = analyzer.analyze({ text: text('7755') });
    expect(short.reasons.map((r) => r.code)).toContain('number.short');
    expect(short.verdict).not.toBe('danger');
    expect(analyzer.analyze({ text: text('+7 705 410 22 38') }).verdict).toBe('danger');
  });
});

// The operator's own voicemail notice names the caller's number and sends the reader to their own mailbox.
describe('a call to the reader’s own voicemail number', () => {
  it('is the protective line of the operator’s notice, in the three languages', () => {
    const ru = 'У вас новое голосовое сообщение от +7 702 557 14 08 (0:37). Чтобы прослушать, позвоните на номер голосовой почты.';
    expect(codes(ru)).toContain('protective');
    expect(analyzer.analyze({ text: ru, sender: 'VoiceMail' }).verdict).toBe('no_signs');
    expect(codes('New voicemail from +7 747 908 33 61. Call your voicemail number to listen.')).toContain('protective');
    expect(codes('Тыңдау үшін дауыстық пошта нөміріне қоңырау шалыңыз.')).toContain('protective');
  });

  it('is not a voicemail "from the delivery service" to be heard at a stranger’s number', () => {
    expect(analyzer.analyze({ text: 'У вас голосовое сообщение от службы доставки. Чтобы прослушать, позвоните +7 702 557 14 08' }).verdict).toBe('danger');
  });
});

describe('a code the message itself gives, to hand over at a pickup', () => {
  it('is no code request ("При получении назовите код 3381"), while a code another message brings is one', () => {
    const pickup = 'Заказ №412077385 передан курьеру. Курьер позвонит вам 21.11 с 12:00 до 16:00. При получении назовите код 3381. Не сообщайте код до получения товара.';
    expect(codes(pickup)).not.toContain('code_request');
    expect(analyzer.analyze({ text: pickup }).verdict).toBe('no_signs');
    expect(codes('Тапсырысты алғанда курьерге кодты айтыңыз: 5527')).not.toContain('code_request');
    expect(codes('Курьер позвонит вам, назовите код из смс')).toContain('code_request');
    expect(codes('Курьер позвонит вам, назовите код, он придёт через минуту 12')).toContain('code_request');
  });
});
