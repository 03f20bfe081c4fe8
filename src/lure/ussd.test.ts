import { describe, expect, it } from 'vitest';
import { reasonCodes, testAnalyzer } from '../../test/helpers/lure.js';
import { balanceTransfer, forwardingCode, ussdMenu } from './ussd.js';

const analyzer = testAnalyzer();

describe('an operator USSD menu', () => {
  it('is found as written, with its span', () => {
    expect(ussdMenu('Проверить баланс: *102#.')).toEqual([18, 23]);
    expect(ussdMenu('Отключить: *110*22#')).toEqual([11, 19]);
    expect(ussdMenu('Номер 1414, #тег, 5*3=15')).toBeUndefined();
  });

  it('is not a code that carries a phone number (call forwarding)', () => {
    expect(ussdMenu('Наберите *21*87011234567# и ждите звонка')).toBeUndefined();
    expect(ussdMenu('Dial **21*+77011234567#')).toBeUndefined();
  });

  it("is the operator's own channel: a fee notice that points to it is a notice", () => {
    const text = 'Tele2: monthly fee of 2990 KZT will be charged on 05.12. Check balance *111#';
    expect(reasonCodes(analyzer, text)).toContain('own_channel');
    expect(analyzer.analyze({ text }).verdict).toBe('no_signs');
  });
});

describe('a call-forwarding code', () => {
  it('is found when it carries a phone number, and not as an operator menu', () => {
    expect(forwardingCode('Наберите *21*87011234567# и ждите звонка')).toEqual([9, 25]);
    expect(forwardingCode('Dial **21*+77011234567#')).toEqual([5, 23]);
    expect(forwardingCode('Проверить баланс: *102#')).toBeUndefined();
    expect(forwardingCode('Чтобы настроить переадресацию, наберите *21*номер телефона#')).toBeUndefined();
  });

  it('hands the reader\'s calls over: a danger, with the advice to switch forwarding off', () => {
    const r = analyzer.analyze({ text: 'Для защиты счета наберите *21*87011234567# и ждите звонка специалиста' });
    expect(r.reasons.map((x) => x.code)).toContain('remote_access.forwarding');
    expect(r.verdict).toBe('danger');
    expect(r.advice).toContain('no_forwarding');
  });
});

describe('a balance-transfer code', () => {
  it('carries a phone number and an amount, and is a payment request', () => {
    expect(balanceTransfer('Набери пожалуйста *145*87015561234*2000# и нажми вызов')).toEqual([18, 40]);
    expect(balanceTransfer('Наберите *21*87011234567# и ждите звонка')).toBeUndefined();
    expect(balanceTransfer('Проверить баланс: *102#')).toBeUndefined();
    const text = 'Активтендіру коды: *145*87056613208*3000# — теріп, 30 ГБ бонус алыңыз. Акция бүгін ғана!';
    expect(reasonCodes(analyzer, text)).toContain('payment_request.ussd');
    expect(analyzer.analyze({ text }).verdict).not.toBe('no_signs');
  });
});
