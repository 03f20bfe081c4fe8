import { describe, expect, it } from 'vitest';
import { reasonCodes, testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer();
const codes = (text: string): string[] => reasonCodes(analyzer, text);

describe('the letter\'s own pretext, intercom replacement', () => {
  it('is read in the three languages, the intercom and not only its keys', () => {
    expect(codes('С 1 декабря меняем домофоны на новые, позвоните 8 702 518 40 33')).toContain('pretext.intercom');
    expect(codes('Домофон ауыстыру бойынша хабарласыңыз: 8 747 200 61 38')).toContain('pretext.intercom');
    expect(codes('The intercom will be replaced on Monday, call +7 702 518 40 33')).toContain('pretext.intercom');
    expect(codes('Домофон не работает, мастер придёт завтра')).not.toContain('pretext.intercom');
  });
});

describe('words that only look like a request', () => {
  it('reads "ошибка авторизации" as no request to log in, "авторизуйтесь" as one', () => {
    expect(codes('Ошибка авторизации в приложении, позвоните 8 705 123 45 67')).not.toContain('link_request');
    expect(codes('Авторизуйтесь на сайте, чтобы разблокировать карту')).toContain('link_request');
  });
});

describe('one request, one reason', () => {
  it('shows a call verb inside a call-back phrase once', () => {
    const text = 'Домофон ауыстыру бойынша 8 747 200 61 38 нөміріне қоңырау шалыңыз';
    const spans = analyzer.analyze({ text }).reasons.filter((r) => r.code === 'callback').map((r) => r.text);
    expect(spans).toEqual(['қоңырау шалыңыз']);
  });
});

describe('English and brand words that share a stem with ordinary words', () => {
  it('keeps "customer", "allowed", "tower" and "detected" apart from customs, allowances, towing and detectives', () => {
    expect(codes('Dear customer, your order #5521 has been shipped')).not.toContain('pretext.parcel');
    expect(codes('Your parcel is held by customs, call +7 702 518 40 33')).toContain('pretext.parcel');
    expect(codes('Only 2 devices are allowed per account')).not.toContain('topic.benefit');
    expect(codes('Your housing allowance has been approved')).toContain('topic.benefit');
    expect(codes('Meet me at the tower in town')).not.toContain('pretext.tax_refund');
    expect(codes('A new login was detected on your account')).not.toContain('org.police');
    expect(codes('Detective Smith needs you to call back today')).toContain('org.police');
    expect(codes('Extreme weather warning for tomorrow')).not.toContain('threat');
    expect(codes('The warranty on your laptop ends soon')).not.toContain('threat');
    expect(codes('A warrant for your arrest has been issued')).toContain('threat');
  });

  it('reads the operator Activ by its name, not in "active" or "активируйте"', () => {
    expect(codes('Your account is active again')).not.toContain('org.operator');
    expect(codes('Активируйте карту в приложении банка')).not.toContain('org.operator');
    expect(codes('Activ: срок действия номера истекает, позвоните 8 705 123 45 67')).toContain('org.operator');
  });
});

describe('Russian and Kazakh words that share a stem with ordinary words', () => {
  it('keeps the Kazakh "пен" (and), "признано", "сбор", "мама" and "біржолғы" apart from fines, prizes, failures, specialists and exchanges', () => {
    expect(codes('Кітап пен дәптер алдым')).not.toContain('pretext.tax_refund');
    expect(codes('Начислена пеня 500 тг')).toContain('pretext.tax_refund');
    expect(codes('Договор признано недействительным')).not.toContain('pretext.prize');
    expect(codes('Вы выиграли приз! Позвоните 8 701 123 45 67')).toContain('pretext.prize');
    expect(codes('Сбор мусора в субботу')).not.toContain('topic.auth');
    expect(codes('Сбой системы, позвоните 8 701 123 45 67')).toContain('topic.auth');
    expect(codes('Мама сказала позвонить вечером')).not.toContain('contact_hint');
    expect(codes('Маманға хабарласыңыз 8 701 123 45 67')).toContain('contact_hint');
    expect(codes('Біржолғы төлем тағайындалды')).not.toContain('pretext.investment');
    expect(codes('Торговля на бирже: доход от 500 000 тг в месяц')).toContain('pretext.investment');
    expect(codes('Сотни людей пришли на концерт')).not.toContain('threat');
    expect(codes('Сіздің ісіңіз сотқа жіберілді')).toContain('threat');
  });

  it('reads Halyk Bank by its name, not the Kazakh word "халық" (people) in "халыққа қызмет" or "халықаралық"', () => {
    expect(codes('Халыққа қызмет көрсету орталығына барыңыз')).not.toContain('org.bank');
    expect(codes('Халықаралық әуежайда кездесеміз')).not.toContain('org.bank');
    expect(codes('Халық банкі: картаңыз бұғатталды')).toContain('org.bank');
    expect(codes('Вам пишет служба безопасности Халыка')).toContain('org.bank');
  });
});

describe('"tonight"', () => {
  it('is urgency as a deadline, not as a plan', () => {
    expect(codes('Your 15 300 bonus points expire tonight at 23:59! Convert them by phone: 8 708 641 22 75')).toContain('urgency');
    expect(codes('Your electricity will be disconnected by tonight')).toContain('urgency');
    expect(codes('Oh right, sending it tonight')).not.toContain('urgency');
    expect(codes('Grandma wants you to ring her tonight')).not.toContain('urgency');
  });
});

describe('Kazakh "қате" (a mistake)', () => {
  it('is the authorization pretext only as an error of a login or a system', () => {
    expect(codes('Ой, извините, қате жаздым, это не вам')).not.toContain('pretext.auth_error');
    expect(codes('Қате нөмірге жіберіп қойыппын')).not.toContain('pretext.auth_error');
    expect(codes('Жеке кабинетке кіру кезінде қате орын алды. Қолдау қызметіне қоңырау шалыңыз: 87086612045')).toContain('pretext.auth_error');
    expect(codes('Авторизация қатесі анықталды')).toContain('pretext.auth_error');
  });
});

describe('stems that reach other words', () => {
  it('"это папа" is the relative scheme, "это папин друг" is not; "locked out" is of an account, not of a flat', () => {
    expect(codes('Мам, это папа, у меня новый номер')).toContain('pretext.relative');
    expect(codes('позвони ему 8 705 118 44 72, это папин друг, он поможет с машиной')).not.toContain('pretext.relative');
    expect(codes('You have been locked out of your online banking. Call us')).toContain('pretext.account_blocked');
    expect(codes('Urgent: call me back, I locked myself out')).not.toContain('pretext.account_blocked');
  });
});

describe('Kazakh "эвакуация" (evacuation)', () => {
  it('is no fine pretext: a tow truck is', () => {
    expect(codes('Жер сілкінісі! Ғимараттан эвакуациялаңыздар')).not.toContain('pretext.tax_refund');
    expect(codes('Көлігіңіз эвакуатормен айып тұрағына әкетілді')).toContain('pretext.tax_refund');
  });
});

describe('Russian "суд" (court)', () => {
  it('is read as written, not in the Kazakh "суды" (the water)', () => {
    expect(codes('Жертөледе құбыр жарылды, суды жауып қойдық')).not.toContain('threat');
    expect(codes('Дело передано в суд, судебное решение вынесут заочно')).toContain('threat');
    expect(codes('Иначе вопрос решится в суде')).toContain('threat');
  });
});

describe('a deletion threatened and one done', () => {
  it('reads "жойылады" (will be deleted) as a threat and "жойылды" (an order cancelled) as none', () => {
    expect(codes('Аккаунтыңыз 24 сағат ішінде жойылады')).toContain('threat');
    expect(codes('Тапсырыс жойылды, ақша картаңызға қайтарылды')).not.toContain('threat');
  });
});

describe('a secure account', () => {
  it('is the safe account money is moved to, not an account the reader is helped to secure', () => {
    expect(codes('Transfer your savings to a secure account today, call +7 701 555 12 12')).toContain('safe_account');
    expect(codes("If not, we'll help you secure your account — check activity at myaccount.google.com")).not.toContain('safe_account');
  });
});

describe('an error "in your documents"', () => {
  it('is the data pretext in the three languages', () => {
    expect(codes('Визалық орталық: құжаттарыңызда қате бар. Кеңесшіге хабарласыңыз: 87015527319')).toContain('pretext.gov_data');
    expect(codes('Визовый центр: в ваших документах ошибка, позвоните консультанту 87015527319')).toContain('pretext.gov_data');
    expect(codes('Visa centre: we found an error in your documents, call the adviser on 87015527319')).toContain('pretext.gov_data');
  });
});

describe('a Kazakh deadline', () => {
  it('is urgency within a day or three, not within the ten working days a refund takes', () => {
    expect(codes('Картаңыз бір күн ішінде бұғатталады, хабарласыңыз 8 705 111 22 33')).toContain('urgency');
    expect(codes('Салық сомасы 10 жұмыс күні ішінде банк шотына аударылады.')).not.toContain('urgency');
  });

  it('reads "your son" as the relative pretext only with the trouble he is said to be in', () => {
    expect(codes('Ұлыңыз жол апатына түсті, тез хабарласыңыз')).toContain('pretext.relative');
    expect(codes('Ұлыңыз Асылан 10 күн ішінде әскери комиссариатқа келсін')).not.toContain('pretext.relative');
  });
});

describe('a grant or a state programme the reader has "been selected" for', () => {
  it('is the prize pretext in the three languages', () => {
    expect(codes('Ваш ребенок прошел во второй тур распределения грантов. Перезвоните куратору: 8 747 602 11 35')).toContain('pretext.prize');
    expect(codes('Сіз мемлекеттік грант іріктеуінен өттіңіз. Куратормен байланысыңыз: 8 747 515 72 03')).toContain('pretext.prize');
    expect(codes("Congratulations, you've been selected for the state housing programme. Call 8 705 118 90 47")).toContain('pretext.prize');
    // being put on the jury list is not
    expect(codes('Сіз 2025 жылға алқа билердің кезекті тізіміне енгізілдіңіз.')).not.toContain('pretext.prize');
  });
});

describe('"if you did not…" in English', () => {
  it('is the closing line of real security and purchase notices, no pretext by itself', () => {
    expect(codes('Beeline: Your SIM card was replaced today at the Beeline store. If you did not request this, please call 0611.')).not.toContain('pretext.suspicious_tx');
    expect(codes('Use 482 193 as your Microsoft account security code. If you didn’t request it, you can ignore this email.')).not.toContain('pretext.suspicious_tx');
    // the suspicious transaction itself still is one
    expect(codes('Unauthorized payment of 250,000 KZT detected. If this was not you, call 8 705 410 22 38')).toContain('pretext.suspicious_tx');
  });
});
