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

  it("reads being sent to the operator's shop with one's own ID as the way, and an inspector's ID as none", () => {
    const text = 'Tele2: поступил запрос на перенос вашего номера к другому оператору. Если вы не подавали заявление, обратитесь в салон Tele2 с удостоверением личности до 16.03.';
    expect(codes(text)).toContain('own_channel');
    expect(analyzer.analyze({ text, sender: 'Tele2' }).verdict).toBe('no_signs');
    expect(codes('Өтінім бермеген болсаңыз, жеке куәлігіңізбен байланыс салонына келіңіз')).toContain('own_channel');
    expect(codes('If you did not request it, visit a store with your ID')).toContain('own_channel');
    expect(codes('Мастер придёт с удостоверением, перезвоните ему 87011234567')).not.toContain('own_channel');
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

// A real notice that threatens (services restricted, "иначе") but sends the reader only to the organization's own
// channels (eGov Mobile, ЦОН, the official site) leaves no way for a fraudster to reach them.
describe('a notice whose only way out is the organization’s own channel', () => {
  it('is not a lure, in Russian and Kazakh', () => {
    for (const [text, sender] of [
      ['Ваше устройство не зарегистрировано в базе IMEI. Зарегистрируйте его через eGov Mobile или в ЦОН в течение 7 дней, иначе услуги связи будут ограничены.', 'Kcell'],
      ['Құрылғыңыздың IMEI коды тіркелмеген. eGov Mobile немесе ХҚКО арқылы тіркеңіз, әйтпесе 30 күннен кейін байланыс қызметтері шектеледі.', 'Beeline'],
    ] as const) expect(analyzer.analyze({ text, sender }).verdict, text).toBe('no_signs');
  });

  it('reads "open the app" as the way, beside the number on the card', () => {
    const text =
      'We noticed unusual activity on your Halyk card ending 3307 and have temporarily restricted online payments. ' +
      'To restore your card, open the Halyk app > Cards > Security, or call the number printed on the back of your card.';
    expect(reasonCodes(analyzer, text)).toEqual(expect.arrayContaining(['own_channel', 'protective']));
    expect(analyzer.analyze({ text }).verdict).toBe('no_signs');
  });

  it('still flags the same notice with a number to call', () => {
    const text = 'Ваше устройство не зарегистрировано в базе IMEI. Зарегистрируйте его в ЦОН или позвоните 8 707 412 33 90, иначе услуги связи будут ограничены.';
    expect(analyzer.analyze({ text }).verdict).toBe('danger');
  });

  it('reads "байланыс" as a noun (communication services), a call word only before a number', () => {
    expect(reasonCodes(analyzer, 'әйтпесе байланыс қызметтері шектеледі')).not.toContain('callback');
    expect(reasonCodes(analyzer, 'WB: тапсырысыңыз пункттен алынбады. Оператормен байланыс: 8 700 412 90 36')).toContain('callback');
  });
});

describe('paying in the apps or at cash desks', () => {
  it('is the organization’s own way to pay: a real debt notice is not a lure', () => {
    const text = 'Алсеко: по лицевому счету 1027384 задолженность за коммунальные услуги 23 450 тг. Оплатить можно в приложениях банков или в кассах.';
    expect(codes(text)).toContain('own_channel');
    expect(analyzer.analyze({ text }).verdict).toBe('no_signs');
  });
});

describe('a courier at the door', () => {
  it('is one who brought the order and asks to be called or met downstairs, in Kazakh as in Russian', () => {
    const text = 'Сәлеметсіз бе, Kaspi курьер. Тапсырысыңызды әкелдім, подъезд жабық екен. Осы номерге қоңырау шалыңызшы немесе түсіп алыңыз';
    expect(analyzer.analyze({ text, sender: '+77085537712' }).reasons.map((r) => r.code)).toContain('topic.at_door');
    expect(analyzer.analyze({ text, sender: '+77085537712' }).verdict).toBe('no_signs');
  });
});
