import { describe, expect, it } from 'vitest';
import { reasonCodes, testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer();
const verdict = (text: string): string => analyzer.analyze({ text }).verdict;
const codes = (text: string): string[] => reasonCodes(analyzer, text);

// People ask each other for money, pay back debts and grumble about fines every day; the relative-in-trouble
// scheme is told apart by who writes (a "new number", "it's me") and how (rushed, "I'll explain later").
describe('money talk between people', () => {
  it('is a request or a debt, not a pretext, and chat about it is not a danger', () => {
    for (const text of ['Скинул, не трать на чипсы 😄', 'Всё, долг вернул, проверь Каспи', 'Займи 20 до зарплаты? Очень надо', 'Қарызымды қайтардым, Каспиді тексер', 'Штраф за парковку пришёл, 7500, вот блин', 'Тұраққа айыппұл келіпті, 7500, әттеген-ай']) {
      expect(codes(text), text).not.toContain('pretext.relative');
      expect(codes(text), text).not.toContain('pretext.tax_refund');
      expect(verdict(text), text).not.toBe('danger');
    }
    expect(codes('Папа, скинь 500 на обед')).toContain('topic.favour');
    expect(codes('Сен маған 3 мың қарызсың')).toContain('topic.debt');
  });

  it('still flags the relative in trouble writing from a new number', () => {
    expect(verdict('Мама, это я, пишу с нового номера. Срочно скинь 50 000 на эту карту 4400 4301 2345 6789, потом объясню')).toBe('danger');
    // "don't call me, I'll call back myself" is the scheme's own line, not a warning against calling
    expect(codes('У меня проблемы, кинь 900 рублей на этот номер. Мне не звони, перезвоню сам')).not.toContain('protective');
    expect(codes('У меня проблемы, кинь 900 рублей на этот номер. Мне не звони, перезвоню сам')).toContain('pretext.relative');
    expect(codes('Мошенники! Не звоните на этот номер')).toContain('protective');
    expect(verdict('Апа, бұл мен, жаңа нөмірім. Жол апатына түстім, тез 100 мың аударып жіберші, кейін түсіндіремін')).toBe('danger');
  });
});

describe('a bank named as the way to send money', () => {
  it('is not a claim that the bank writes, and the number next to it is the payee, not a stranger line of the bank', () => {
    const text = 'Собираем на подарок учителю по 2000, кидайте Айгерим на Каспи по номеру 8 705 332 18 40';
    expect(codes(text)).toContain('pay_rail');
    expect(codes(text)).not.toContain('org.bank');
    expect(codes(text)).not.toContain('number.unofficial');
    expect(codes('Кураторға сыйлыққа 2000 теңгеден жинаймыз, Каспиге Аружанға аударыңдар 8 747 610 22 18')).not.toContain('number.unofficial');
    expect(codes('Алдын ала төлем 40 000 теңге, Kaspi аударымы 8 747 320 11 58 нөміріне')).toContain('pay_rail');
    expect(codes('Предоплата переводом на Kaspi 8 747 320 11 58')).not.toContain('number.unofficial');
    // "по номеру" inside the rail is where the money goes, not a request to call
    expect(codes('Оплата на Каспи по номеру 8 701 556 78 12, Гульнара С.')).not.toContain('callback');
    // the bank named as the writer elsewhere in the message is still claimed
    const lure = 'Kaspi Bank: ваша карта заблокирована. Для разблокировки переведите 5000 на Kaspi по номеру 8 705 332 18 40';
    expect(codes(lure)).toContain('number.unofficial');
    expect(verdict(lure)).toBe('danger');
  });
});

describe('prizes, blocked accounts and passwords in everyday talk', () => {
  it('reads a prize won at school, an account a game blocked and the Wi-Fi password as news, not as a pretext or a code request', () => {
    expect(codes('мне за олимпиаду по инфе приз дали, наушники 🔥')).not.toContain('pretext.prize');
    expect(codes('Ты на корпоратив идёшь? там розыгрыш призов будет')).not.toContain('pretext.prize');
    expect(codes('Вы выиграли приз! Позвоните 8 701 123 45 67')).toContain('pretext.prize');
    expect(codes('Мағнумдағы ұтыс ойынында шаңсорғыш ұтып алдым')).not.toContain('pretext.prize');
    expect(codes('Сіз ұтып алдыңыз! 8 701 123 45 67 хабарласыңыз')).toContain('pretext.prize');
    expect(codes('Мне заблокировали аккаунт в платонусе, кто знает куда писать?')).not.toContain('pretext.account_blocked');
    expect(codes('Мам, карта заблокировалась, можешь в банк сходить?')).not.toContain('pretext.account_blocked');
    expect(codes('бравлдағы аккаунтымды бұғаттап тастады 😭')).not.toContain('pretext.account_blocked');
    // the writer's own card, not the reader's
    expect(codes('Kaspi kartam bugattalyp kaldy, bankke baruym kerek')).toContain('self_voice');
    expect(codes('The bank blocked my foreign card again, had to call them from the hotel')).toContain('self_voice');
    expect(codes('Ваша карта заблокирована, позвоните 8 701 123 45 67')).toContain('pretext.account_blocked');
    expect(codes('скинь пароль от вайфая, я у вас')).not.toContainEqual(expect.stringMatching(/^code_request\b/));
    expect(codes('Каспиге кіре алмай жатырмын, құпия сөзді ұмыттым')).not.toContainEqual(expect.stringMatching(/^code_request\b/));
    expect(codes('Сообщите пароль от Kaspi для проверки')).toContainEqual(expect.stringMatching(/^code_request\b/));
  });
});

describe('English everyday talk', () => {
  it('reads an office closed for a holiday, a charger to return and a speeding fine as news', () => {
    expect(codes('Dear colleagues, the office will be closed on Dec 16 for Independence Day')).not.toContain('pretext.account_blocked');
    expect(codes('Dear colleagues, the office will be closed on Dec 16 for Independence Day')).not.toContain('threat');
    expect(codes('Your account will be closed today. Call +1 800 555 0199')).toContain('pretext.account_blocked');
    expect(codes('Who took my charger from the lab? Please return it lol')).not.toContain('topic.payment');
    expect(codes('Who took my charger from the lab? Please return it lol')).not.toContain('pretext.suspicious_tx');
    expect(codes('Got a speeding fine, 11k tenge from the camera. Paid on eGov')).not.toContain('pretext.tax_refund');
    expect(codes('Магазин будет закрыт 1 января')).not.toContain('pretext.account_blocked');
    expect(codes('Ит жоғалып кетті, тапқан адамға сыйақы бар')).not.toContain('threat');
  });
});

// Kazakh stacks tense and person on the verb: "аударыңыз" asks for a transfer, "аудардым" reports one.
describe('a Kazakh verb the lexicon writes as a request', () => {
  it('reads every form of the request', () => {
    expect(codes('Ақшаны аударыңыз')).toContain('safe_account');
    expect(codes('Ақшаны аударыңыздар')).toContain('safe_account');
    expect(codes('Кодты жіберші тез')).toContainEqual(expect.stringMatching(/^code_request\b/));
    expect(codes('Кодты енгізіңіз')).toContainEqual(expect.stringMatching(/^code_request\b/));
    expect(codes('Kodty engiziniz')).toContainEqual(expect.stringMatching(/^code_request\b/));
  });

  it('does not read what somebody did or does', () => {
    for (const text of ['Ақшаны аудардым, тексер', 'Кодты жібердім, тексеріп көр', 'Кодты енгіздім, ашылмады', 'Ақша салып жібердім', 'Ол кодты жібереді', 'Kodty engizdim, ashylmady']) {
      expect(verdict(text), text).toBe('no_signs');
    }
    expect(codes('Ақшаны аудардым, тексер')).not.toContain('safe_account');
    expect(codes('Дәкеңе хабарлас, ол көмектеседі')).not.toContain('topic.favour');
    expect(codes('Көмектесші, ақша керек')).toContain('topic.favour');
  });
});

describe('a mobile number given in chat', () => {
  it('names nothing by itself: the wording alone must then clear the higher bar', () => {
    const r = analyzer.analyze({ text: 'Yes, Maksat, 8 777 502 61 19, he did our place, fair price' });
    expect(r.reasons.map((x) => x.code)).toContain('channel.mobile');
    expect(r.verdict).toBe('no_signs');
  });
});

// Russian: the past tense of a verb asked for is what somebody did ("оплатила"), its noun is still the request's topic.
describe('a Russian verb the lexicon writes as a request or an infinitive', () => {
  it('does not read its past tense', () => {
    for (const text of ['Оплатила штраф за парковку со скидкой 50%, успела в течение недели', 'Я вчера подтвердил заказ и погасил кредит', 'Связался с ними вчера, всё решили']) {
      expect(verdict(text), text).toBe('no_signs');
    }
    expect(codes('Оплатила за кружок 18 000')).not.toContain('payment_request');
  });

  it('reads the request, the infinitive and the noun', () => {
    expect(codes('Оплатите штраф по ссылке')).toContain('payment_request');
    expect(codes('Необходимо оплатить пошлину')).toContain('payment_request');
    expect(codes('Оплата через инспектора: 8 747 190 55 63')).toContain('payment_request');
    expect(codes('Свяжитесь с нами')).toContain('callback');
  });
});

describe('everyday lines that brush against pretexts', () => {
  it('an accident told of, and "I can’t reach you" in Latin Kazakh, are no pretexts', () => {
    expect(codes('Police came about the accident in our yard, took statements from a few of us')).not.toContain('pretext.relative');
    expect(codes('Kyzym, telefonyndy zaryadkaga koi, habarlasa almai jatyrmyn')).not.toContain('pretext.parcel');
    expect(codes('Mum, I had an accident, send money to this card now')).toContain('pretext.relative');
    expect(codes('Kyzym, telefonyndy zaryadkaga koi, habarlasa almai jatyrmyn')).not.toContain('pretext.unreached');
    expect(codes('Курьер сізге хабарласа алмады, 8 707 123 45 67 нөміріне хабарласыңыз')).toContain('pretext.unreached');
  });
});
