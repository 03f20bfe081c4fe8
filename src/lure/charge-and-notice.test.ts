import { describe, expect, it } from 'vitest';
import { reasonCodes, testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer();
const codes = (text: string): string[] => reasonCodes(analyzer, text);

// "A paid service was switched on / your card was charged — call to cancel": the reader calls to stop a
// charge nobody made, and the "support" line takes the card. The same pretext as a suspicious transfer.
describe('a charge or subscription to be cancelled by phone', () => {
  it('is the suspicious-transaction pretext in the three languages', () => {
    expect(codes('На ваш номер подключена услуга «Премиум ТВ+». Стоимость 35 тг/день. Для отключения позвоните по 8 771 402 18 33')).toContain('pretext.suspicious_tx');
    expect(codes('Сіздің нөміріңізге ақылы қызмет қосылды, күніне 90 тг. 8 771 402 18 33 нөміріне хабарласыңыз')).toContain('pretext.suspicious_tx');
    expect(codes('Your card charged $552.67 for a Sony camera. To cancel the order call 8 771 402 18 33')).toContain('pretext.suspicious_tx');
    expect(codes('LLOYDS: a new payee has been authorised. If you do not recognise this, call 8 771 402 18 33')).toContain('pretext.suspicious_tx');
  });
});

describe('a request to be cancelled by phone, and a lost phone "found"', () => {
  it('reads an application or a switch-off said to be under way as the suspicious-transaction pretext', () => {
    expect(codes('Ваша заявка на отключение услуги «Защита» принята. Для отмены звоните 8 747 990 14 22')).toContain('pretext.suspicious_tx');
    expect(codes('Сіздің өтініміңіз тіркелді. Өтінімді болдырмау үшін 8 747 990 14 22 нөміріне хабарласыңыз')).toContain('pretext.suspicious_tx');
    expect(codes('A new device was added to your account. To cancel this request call 8 747 990 14 22')).toContain('pretext.suspicious_tx');
    // cancelling one's own appointment is no such thing
    const visit = analyzer.analyze({ text: 'Вы записаны к терапевту на 29.11 в 10:40. Для отмены позвоните в регистратуру 8 7172 55 30 30' });
    expect(visit.reasons.map((r) => r.code)).not.toContain('pretext.suspicious_tx');
    expect(visit.verdict).toBe('no_signs');
  });

  it('reads "your lost phone has been found" as a pretext in the three languages', () => {
    for (const text of [
      'Ваш iPhone найден. Для получения информации о местонахождении перезвоните +7 747 300 12 88',
      'Жоғалған телефоныңыз табылды. Толығырақ: 8 747 300 12 88 нөміріне хабарласыңыз',
      'Your lost iPhone has been found. Call +7 747 300 12 88 to arrange the return.',
    ]) {
      expect(codes(text), text).toContain('pretext.device_found');
      expect(analyzer.analyze({ text }).verdict, text).toBe('danger');
    }
    expect(codes('Мам, я нашла твой телефон в машине, не переживай')).not.toContain('pretext.device_found');
  });
});

describe('notices imitated to the letter', () => {
  it('reads the penalty, the closing booking and the test results they press with', () => {
    expect(codes('Замена электросчётчиков с 1 декабря. Запись по телефону 8 776 021 73 38. При отказе начисление по нормативу в тройном размере.')).toEqual(
      expect.arrayContaining(['pretext.meter', 'threat']),
    );
    expect(codes('Результаты ваших анализов требуют повторной консультации врача. Позвоните 87472208815. Запись закроется сегодня в 18:00.')).toEqual(
      expect.arrayContaining(['topic.medical', 'urgency', 'callback']),
    );
    expect(codes('Емхана №5: деректеріңізді растау қажет. Тіркеу бүгін жабылады. Медбикеге хабарласыңыз: 87055913264.')).toEqual(
      expect.arrayContaining(['verify_request', 'urgency', 'callback']),
    );
    // a clinic that tells where to collect results asks nothing
    expect(analyzer.analyze({ text: 'Результаты анализов готовы. Получить можно в кабинете 12 или в приложении Damumed.' }).verdict).toBe('no_signs');
  });
});

describe('a request to phone', () => {
  it('reads "phone" as the call verb in English', () => {
    expect(codes('Your policy was cancelled due to a database error. Just phone 87713305128 to reissue it')).toContain('callback');
    expect(codes('Your policy was cancelled due to a database error. Just phone 87713305128 to reissue it')).toContain('pretext.auth_error');
  });

  it('does not read the noun', () => {
    expect(codes('Your phone bill is ready: 4 200 KZT. Pay in the app.')).not.toContain('callback');
  });
});

describe('money asked to be put on "this number"', () => {
  it('is the relative-in-trouble pretext', () => {
    expect(codes('У меня проблемы, кинь 900 рублей на этот номер. Мне не звони, перезвоню сам')).toContain('pretext.relative');
    expect(codes('Я в больнице. Положи денег на номер 87051234567. Позже всё объясню')).toContain('pretext.relative');
  });
});

// What real notices say, which the lexicon used to read as a lure.
describe('real notices', () => {
  it('a password is a code request only when it is asked for', () => {
    expect(codes('eGov.kz: you have signed in using biometric authentication. If it wasn\'t you, change your password in your personal account.')).not.toContainEqual(expect.stringMatching(/^code_request\b/));
    expect(codes('Security check: send us your password and the SMS code to keep your account')).toContainEqual(expect.stringMatching(/^code_request\b/));
  });

  it('a Kazakh refund to the card is neither a parcel nor a tax pretext', () => {
    const c = codes('Kaspi Магазин: №50288410 тапсырыс бойынша қайтару мақұлданды. 8 490 ₸ 3 жұмыс күні ішінде Kaspi Gold картаңызға қайтарылады.');
    expect(c).not.toContain('pretext.parcel');
    expect(c).not.toContain('pretext.tax_refund');
    expect(codes('Сәлемдеме жөнелтушіге қайтарылады. 8 771 402 18 33 нөміріне хабарласыңыз')).toContain('pretext.parcel');
  });

  it('a sum said to be refunded, with a number to call about it, is the refund pretext in Kazakh too', () => {
    const text = 'ПИК: жылу ақысы қайта есептелді, сізге 14 200 тг қайтарылады. Бухгалтерге хабарласыңыз 8 708 442 17 93';
    expect(codes(text)).toContain('pretext.tax_refund');
    expect(analyzer.analyze({ text }).verdict).toBe('danger');
    // an airline's "you may arrange a refund on the site" is not one
    expect(codes('Жаңа уақыт ыңғайсыз болса, airastana.com сайтында қайтаруды рәсімдеуге болады.')).not.toContain('pretext.tax_refund');
  });

  it('"we do not send links" is the protective line of a real fine notice', () => {
    const text = 'Камерой зафиксировано превышение скорости. Штраф 7 384 тг можно оплатить через eGov или приложение вашего банка. Мы не присылаем ссылок для оплаты.';
    expect(codes(text)).toContain('protective');
    expect(analyzer.analyze({ text }).verdict).toBe('no_signs');
    expect(codes('Айыппұлды банк қосымшасы арқылы төлеуге болады. Біз төлем сілтемесін жібермейміз.')).toContain('protective');
  });

  it('a Kazakh meter check booked by phone is the meter pretext', () => {
    expect(codes('Су есептегіштерін жоспарлы тексеру. Ауыстыруға 8 777 214 59 30 телефоны арқылы жазылыңыз')).toContain('pretext.meter');
  });
});

// Real messages quoted by police and banks, in the words the lexicon lacked.
describe('schemes in the words real messages use', () => {
  it('a "mistaken" transfer to be sent back is the suspicious-transaction pretext', () => {
    expect(codes('Верните деньги, отправил по ошибке')).toContain('pretext.suspicious_tx');
    expect(codes('Сізге қате жіберіп қойдым, ақшаны қайтарып беріңізші')).toContain('pretext.suspicious_tx');
  });

  it('"I will explain later" beside money asked for is the relative pretext', () => {
    expect(codes('Пришли денег, потом объясню')).toContain('pretext.relative');
    expect(codes('Апа, тез 20 000 салшы, кейін түсіндіремін')).toContain('pretext.relative');
  });

  it('money for "every Kazakhstani" is the social-payment pretext', () => {
    expect(codes('Жаңа мемлекеттік бағдарлама іске қосылды, әрбір қазақстандыққа 150 мың теңгеден беріледі')).toContain('pretext.social_payment');
    expect(codes('Каждому казахстанцу положена выплата 150 000 тг, подробнее по номеру 8 705 111 22 33')).toContain('pretext.social_payment');
  });

  it('"extremism" under investigation is a threat', () => {
    expect(codes('У нас началась проверка со стороны силовых структур. Есть подозрение, что кто-то замешан в экстремизме')).toContain('threat');
  });
});

describe('what sellers and service lines really write', () => {
  it('a shop on the Kaspi marketplace writing from its own phone does not claim to be the bank', () => {
    const c = codes('Добрый день! Это магазин «ТехноМир» с Kaspi Магазина. По вашему заказу кофемашина пришла в другом цвете, позвоните мне 8 707 412 55 10');
    expect(c).toContain('own_channel');
    expect(c).not.toContain('org.bank');
  });

  it('a warning that says what the service never sends is protective', () => {
    expect(codes('Do not enter your username and password. We will never send you links to our login page.')).toContain('protective');
    expect(codes("We won't send texts about a vehicle tax refund. If you get one, just delete it.")).toContain('protective');
  });

  it('a help line given as "Справки: 160" is a short number of the message', () => {
    expect(analyzer.analyze({ text: 'Казахтелеком: задолженность 4 120 тг, оплатите до 10.12. Справки: 160' }).numbers.map((n) => n.key)).toEqual(['160']);
  });

  it('a one-time payment to pensioners, and a parcel going back to the warehouse, are pretexts', () => {
    expect(codes('Зейнеткерлерге бір реттік төлем 55 000 тг! Тізімге ену үшін 8 708 419 62 03 нөміріне хабарласыңыз')).toContain('pretext.social_payment');
    expect(codes('Курьермін, сізге жете алмадым, тапсырыс бүгін қоймаға қайтады, хабарласыңыз 87784412093')).toContain('pretext.parcel');
  });
});

// Operators give short numbers to organizations only: a notice whose one number is short is the organization's own.
describe('a debt notice whose only number is a short help line', () => {
  it('is not a danger, while the same notice with a mobile to call is', () => {
    const notice = (contact: string): string => `Алматы Су: задолженность 6 200 тг. Оплатите до 25.12 во избежание отключения. Справки: ${contact}`;
    expect(analyzer.analyze({ text: notice('1525') }).verdict).toBe('no_signs');
    expect(analyzer.analyze({ text: notice('8 705 812 33 41') }).verdict).toBe('danger');
  });
});

// A bank that blocked a card sends its holder to a branch or the app; a lure needs a line of its own to call.
describe('a request to go to the branch or the app', () => {
  const verdict = (text: string): string => analyzer.analyze({ text }).verdict;

  it('is the organization\'s own channel in the three languages', () => {
    expect(codes('Для перевыпуска карты обратитесь в отделение или в приложение')).toContain('own_channel');
    expect(codes('Картаны қайта шығару үшін бөлімшеге хабарласыңыз')).toContain('own_channel');
    expect(codes('To reissue your card, visit a branch')).toContain('own_channel');
  });

  it('with no number or link to call, is a notice, not a call-back lure', () => {
    expect(verdict('Ваша карта *7753 заблокирована по вашему запросу. Для перевыпуска обратитесь в отделение или в приложение')).toBe('no_signs');
  });

  it('next to a number of its own, is still a lure', () => {
    expect(verdict('Ваша карта *7753 заблокирована. Для разблокировки обратитесь в отделение или позвоните 8 771 402 18 33')).not.toBe('no_signs');
  });
});

describe('a missed delivery to be rescheduled by link', () => {
  it('is the parcel pretext, and "please visit" asks to open the link', () => {
    const text = 'EVRi: You missed your delivery on Monday. To reschedule, please visit: https://bit.ly/3xYz to select a new delivery slot for your item.';
    expect(codes(text)).toContain('pretext.parcel');
    expect(codes(text)).toContain('link_request');
    expect(analyzer.analyze({ text }).verdict).not.toBe('no_signs');
    expect(codes('Курьер: вы пропустили доставку. Выберите новое время доставки по ссылке cdek-dostavka.info')).toContain('pretext.parcel');
  });

  it('leaves a courier\'s own schedule alone', () => {
    expect(analyzer.analyze({ text: 'DPD: your parcel will be delivered on Monday between 10:00 and 12:00. Manage your delivery at dpd.co.uk' }).verdict).toBe('no_signs');
  });
});

describe('what the reader did', () => {
  it('is no request to repay or confirm', () => {
    expect(codes('Я вчера подтвердил заказ и погасил кредит')).not.toContain('verify_request');
    expect(codes('Я вчера подтвердил заказ и погасил кредит')).not.toContain('payment_request');
    expect(codes('Подтвердите заказ и погасите кредит')).toContain('verify_request');
    expect(codes('Подтвердите заказ и погасите кредит')).toContain('payment_request');
  });
});

// A buyer's question is everyday talk on OLX or Kaspi; a link to a site nobody knows inside it is the phishing of
// marketplaces ("is this still available? <link>").
describe('a question about a listing', () => {
  it('is a topic that flags nothing by itself', () => {
    expect(codes('Здравствуйте, ещё актуально? Могу сегодня забрать')).toContain('topic.marketplace');
    expect(analyzer.analyze({ text: 'Здравствуйте, ещё актуально? Могу сегодня забрать' }).verdict).toBe('no_signs');
    expect(analyzer.analyze({ text: 'Is it still available? Can I pick it up tomorrow?' }).verdict).toBe('no_signs');
  });

  it('with a link to an unknown site, is suspicious', () => {
    expect(analyzer.analyze({ text: 'Здравствуйте, ещё актуально? Посмотрите фото тут: http://olx-foto.site/item/4411' }).verdict).not.toBe('no_signs');
  });
});

describe('an organization pointing to its own website', () => {
  it('is its own channel: a tariff notice that sends the reader there is a notice', () => {
    expect(codes('Dear customer, from 01.01 the terms of your tariff will change. Details on our website')).toContain('own_channel');
    expect(analyzer.analyze({ text: 'Dear customer, from 01.01 the terms of your tariff will change. Details on our website' }).verdict).toBe('no_signs');
    expect(codes('Ваш тариф будет изменён с 01.01. Подробности на нашем сайте')).toContain('own_channel');
  });

  it('does not clear a lure that gives a number to call', () => {
    expect(analyzer.analyze({ text: 'Your contract expires today. To keep your number call 8 747 111 22 33. Details on our website' }).verdict).toBe('danger');
  });
});

describe('a meter inspection written the English way round', () => {
  it('reads "inspection of water meters" as the meter pretext and charges for missing it as a threat', () => {
    const text = 'Dear resident, a mandatory inspection of water meters in your building is scheduled for 1-2 December. Please call +7 708 617 33 40 to book a time slot. Missing the inspection will result in charges.';
    expect(codes(text)).toEqual(expect.arrayContaining(['pretext.meter', 'threat']));
  });
});

describe('a parcel and an intercom as Kazakh speakers write them', () => {
  it('reads a parcel waiting in the warehouse, returned to its sender, in Latin Kazakh and in Russian mixed in', () => {
    expect(codes('Qazposhta: sálemdemeńiz qoımada jatyr, 3 kúnnen keıin jiberýshige qaıtarylady. 87273114590 nómirine habarlasyńyz.')).toContain('pretext.parcel');
    expect(codes('Посылкаңыз сортировочный центрде тұр, доставка невозможно. Курьерге перезвоните 87021473836')).toContain('pretext.parcel');
  });

  it('reads an intercom replaced and a new key in Kazakh with Russian words', () => {
    expect(codes('ОСИ: ертең домофон замена болады, жаңа ключ алу үшін мастерге позвонить етіңіз +7 705 228 71 04')).toContain('pretext.intercom');
  });
});

// "Запись на поверку по номеру 8 705…, иначе начисление по нормативу": the meter check's charge is its threat.
describe('a meter check with a charge at the norm rate', () => {
  it('reads the check and the charge, and flags a call-back to a mobile for it', () => {
    const lure =
      'АО «Алматы Су» извещает: в период с 10 по 20 ноября проводится обязательная поверка индивидуальных приборов учета воды. ' +
      'Для записи на поверку позвоните по номеру 8 705 612 33 07. При непрохождении поверки начисления будут производиться по нормативу.';
    expect(codes(lure)).toEqual(expect.arrayContaining(['pretext.meter', 'threat']));
    expect(analyzer.analyze({ text: lure }).verdict).toBe('danger');
  });

  it('leaves a bill that asks for readings in the app alone', () => {
    const bill = 'Алсеко: передайте показания счётчиков до 25 числа в приложении Алсеко. При непредоставлении показаний начисление будет производиться по нормативу.';
    expect(analyzer.analyze({ text: bill, sender: 'ALSECO' }).verdict).toBe('no_signs');
  });
});

// "Тариф будет переведён… чтобы сохранить текущие условия, позвоните": the contract pretext of operators.
describe('a tariff switched unless the reader calls', () => {
  it('is the contract pretext, and a mobile number for it is a lure', () => {
    const lure = 'Tele2: Ваш архивный тариф будет переведён на «Безлимит Плюс» с 01.03. Чтобы сохранить текущие условия, позвоните по номеру 8 771 260 38 45 до 27.02.';
    expect(codes(lure)).toContain('pretext.contract_expiring');
    expect(analyzer.analyze({ text: lure }).verdict).toBe('danger');
  });
});

describe('a "collector" who threatens a visit', () => {
  it('reads the seizure of property as the threat in the three languages', () => {
    expect(codes('Завтра в 10:00 выезд группы по адресу вашей регистрации для описи имущества. Звоните 8 771 503 22 18')).toContain('threat');
    expect(codes('Ертең мүлкіңізді тәркілеу басталады. Хабарласыңыз 8 771 503 22 18')).toContain('threat');
    expect(codes('Bailiffs will visit tomorrow to seize your property. Call 8 771 503 22 18')).toContain('threat');
    expect(codes('Сумма задолженности 187 320 тг, график погашения согласуйте в личном кабинете')).not.toContain('threat');
  });
});
