import { describe, expect, it } from 'vitest';
import { reasonCodes, testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer();
const codes = (text: string): string[] => reasonCodes(analyzer, text);

describe('forwarded warnings and the words lures share with them', () => {
  it('reads a request told about in the third person as a warning, and a request passed on to the reader as none', () => {
    expect(codes('Звонят якобы из ЖЭКа и просят перезвонить на мобильный')).toContain('warning');
    expect(codes('People called claiming to be the gas board and asked residents to call back')).toContain('warning');
    expect(codes('ПИК атынан хабарласып, қайта қоңырау шалуды сұрағандар алаяқтар')).toContain('warning');
    // A lure relays a request to the reader: that is no warning.
    expect(codes('Курьер просит перезвонить ему по номеру 8 701 640 22 13')).not.toContain('warning');
    expect(codes('The courier asks you to call him back on +7 701 640 22 13')).not.toContain('warning');
    // "Fraud on your account" is a lure's pretext, not a warning about fraudsters.
    expect(codes('По вашему счёту зафиксированы мошеннические действия, позвоните 8 701 640 22 13')).not.toContain('warning');
  });

  it('does not flag a forwarded warning that retells the call-back trick, in the three languages', () => {
    for (const text of [
      'Переслано: звонят якобы из КСК про замену счётчиков и просят перезвонить на мобильный. Это мошенники! Наш КСК звонит только с городского номера.',
      'Жіберілді: ПИК атынан есептегіш ауыстыру туралы қоңырау шалып, ұялы нөмірге қайта хабарласуды сұрағандар — алаяқтар! Біздің ПИК тек қалалық нөмірден хабарласады.',
      'Forwarded: people claiming to be from the management company call about meter replacement and asked residents to call back a mobile. They are scammers! Our office only calls from its landline.',
    ]) {
      expect(analyzer.analyze({ text }).verdict, text).toBe('no_signs');
    }
  });

  it('reads "detained" as a relative in trouble only in its predicate form, not a held parcel', () => {
    expect(codes('Ваш сын задержан, нужна помощь')).toContain('pretext.relative');
    expect(codes('Ұлыңыз полицияда ұсталды')).toContain('pretext.relative');
    expect(codes('Рассылки о задержанной посылке')).not.toContain('pretext.relative');
    expect(codes('Ұсталған сәлемдеме туралы хабарламалар')).not.toContain('pretext.relative');
  });
});

describe('numbers and requests that tell a person or a service from a lure', () => {
  it('reads an unlisted short number as a service number, not a stranger’s', () => {
    const r = analyzer.analyze({ text: 'Казахтелеком: оплата за интернет до 25 числа. Вопросы — звоните 160' });
    expect(r.reasons.map((x) => x.code)).toContain('number.short');
    expect(r.reasons.map((x) => x.code)).not.toContain('number.unofficial');
  });

  it('does not flag a relative asking to call back with no number, no money and no new number', () => {
    for (const text of [
      'Перезвони, когда сможешь: дедушку положили в больницу на обследование, надо решить, кто его навестит',
      'Қолың босағанда қоңырау шал: атамды тексерілуге ауруханаға жатқызды, кім баратынын шешейік',
      'Ring me when you can: grandad has been admitted to hospital for tests, we need to decide who visits',
    ]) {
      expect(analyzer.analyze({ text }).verdict, text).toBe('no_signs');
    }
    expect(analyzer.analyze({ text: 'Мама, я в больнице, это номер врача, перезвони срочно 8 776 415 30 22, нужны деньги' }).verdict).not.toBe('no_signs');
  });
});

describe('an organization saying that a message going round is a scam', () => {
  it('is a warning, not the scam it names', () => {
    const en = "Hi, we don't send text messages about vehicle tax refunds, it is a scam. Please delete the message and don't click the link.";
    expect(reasonCodes(analyzer, en)).toContain('warning');
    expect(analyzer.analyze({ text: en }).verdict).toBe('no_signs');
    expect(reasonCodes(analyzer, 'Уважаемые клиенты, участились случаи с мошенниками, не поддавайтесь на уговоры')).toContain('warning');
  });
});
