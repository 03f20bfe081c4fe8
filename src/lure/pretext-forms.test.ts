import { describe, expect, it } from 'vitest';
import { reasonCodes, testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer({ wording: false });
const codes = (text: string): string[] => reasonCodes(analyzer, text);
/** Each text has a reason with that code. */
const eachHas = (code: string, texts: string[]): void => {
  for (const text of texts) expect(codes(text), text).toContain(code);
};

// Words that share a stem with a pretext's word, and the pretexts' own new forms.
describe('pretext words and their look-alike forms', () => {
  it('reads a fine to be cancelled by phone as the fines-and-debts pretext', () => {
    eachHas('pretext.tax_refund', [
      'В отношении Вас сформирован протокол. Для отмены штрафа звоните: +7 701 559 3308',
      'Айыппұлды жою үшін 87015593308 нөміріне хабарласыңыз',
      'To cancel the fine call +7 701 559 3308 today',
    ]);
  });

  it('keeps a tow-truck driver and a connection that "will work again" out of the pretexts', () => {
    expect(codes('я эвакуаторщик, подъеду минут через 15, если что звони 87053317720')).not.toContain('pretext.tax_refund');
    expect(codes('Көлігіңіз эвакуаторға тиелді, 87053317720 нөміріне хабарласыңыз')).toContain('pretext.tax_refund');
    expect(codes('Если утром интернет не заработает — перезагрузите роутер')).not.toContain('pretext.investment');
    expect(codes('Заработайте от 500 000 тг в месяц, пишите 87011234567')).toContain('pretext.investment');
  });

  it('reads "кешіктірмеңіз" and "не откладывайте" as urgency', () => {
    expect(codes('Дәрігерге хабарласыңыз: +7 707 991 88 23. Кешіктірмеңіз!')).toContain('urgency');
    expect(codes('Не откладывайте, позвоните сегодня 87011234567')).toContain('urgency');
  });

  it('reads "the matter is secret" as secrecy, and a code kept from everyone, even family, as protection', () => {
    eachHas('threat.secrecy', ['Сынып жетекшісіне хабарламаңыз, мәселе құпия. 87760942218 нөміріне хабарласыңыз', 'Бұл құпия, ешкімге айтпаңыз. Тергеушіге 87011234567 хабарласыңыз']);
    eachHas('protective', ['Код 1234. Никому не сообщайте код, даже родственникам.', 'Kaspi.kz: код 4821. Кодты ешкімге айтпаңыз, тіпті туыстарыңызға да.', 'Your code is 4821. Do not share it with anyone, not even your family.']);
  });

  it("reads results that 'need a doctor's consultation' by phone as the medical pretext", () => {
    eachHas('pretext.medical', [
      'Результаты Ваших анализов готовы, требуется консультация врача. Перезвоните по номеру 8 (708) 412-33-90',
      'Талдау нәтижелеріңіз дайын. Дәрігердің кеңесі қажет. Қоңырау шалыңыз: +7 (705) 214-09-77',
      "Your laboratory test results are ready and require a doctor's review. Please call +7 707 445 12 90",
    ]);
    expect(codes('Результаты анализов готовы, их можно посмотреть в приложении')).not.toContain('pretext.medical');
  });

  it("reads an 'unscheduled inspection' settled with an inspector's mobile as the state-body pretext, and its 'without you' as a threat", () => {
    const inspections = [
      'На Ваш объект назначена внеплановая проверка. Перезвоните инспектору 87056123347. В случае неявки протокол будет составлен без Вашего участия.',
      'Асханаңызға жоспардан тыс тексеру тағайындалды. Инспекторға хабарласыңыз 8 705 771 33 20. Келмеген жағдайда хаттама сіздің қатысуыңызсыз толтырылады.',
      'An unscheduled inspection of your shop is set for Monday. Call the inspector on +7 705 771 33 20, or the report is drawn up in your absence.',
    ];
    eachHas('pretext.gov_data', inspections);
    eachHas('threat', inspections);
    // "қатысты" (concerning) shares the stem of "қатысуыңызсыз" and threatens nothing
    expect(codes('БЖЗҚ-ға қатысты жаңалықтар')).not.toContain('threat');
  });

  it("reads money 'sent to you by accident' as the transfer pretext", () => {
    eachHas('pretext.suspicious_tx', [
      'Извините, я вам случайно перевела 25 000 на каспи. Верните пожалуйста, позвоните мне 87016627341',
      'Кешіріңіз, байқамай аударып жібердім 20 000, қайтарыңызшы, 87016627341 хабарласыңыз',
      'Sorry, I accidentally sent you 25 000 tenge, please call me 87016627341',
    ]);
  });

  it("keeps the informal 'не говори' (as a relative writes: 'маме не говори') out of the protection organizations give", () => {
    expect(codes('Это Данияр, у меня новый номер. Скинь 40 000 на каспи 4400 4302 8812 9016, маме не говори пока')).not.toContain('protective');
    expect(codes('Код 1234, не говорите его никому')).toContain('protective');
  });

  it("reads the building's lift, chimney and smart-meter works and 'your flat is not on the list' as the building pretext", () => {
    eachHas('pretext.meter', [
      'Лифт мерзімі өткен деп танылып, лифтті ауыстыру тізіміне енгізілді. Келісім беру үшін қоңырау шалыңыз: 8 701 264 99 03',
      'Ақылды электр есептегіштерін орнату жүріп жатыр, бірақ сіздің пәтеріңіз тізімде жоқ. Монтаждаушыға хабарласыңыз 87476150842',
      'Обязательная проверка дымохода перед отопительным сезоном, запись по телефону 8 776 218 40 95',
      'Lift replacement in your block: call the contractor on +7 701 264 99 03 to confirm your share',
    ]);
    eachHas('threat', ['Орнатпасаңыз ескі есептегіш бойынша төлем қабылданбайды', 'Ескі шотқа төленген ақша есептелмейді!', 'Акта нет — газ не будет подаваться']);
    // a penalty "so that it is not accrued" threatens nothing
    expect(codes('Өсімпұл есептелмеуі үшін қарызды уақытында төлеңіз')).not.toContain('threat');
  });

  it('reads a student threatened with expulsion or deportation as threatened', () => {
    eachHas('threat', [
      'Your visa category is invalid. Call the inspector before 17:00 today 87763320118 to avoid expulsion.',
      'Вам грозит депортация. Позвоните инспектору 87763320118',
      'Сіз елден шығарыласыз. Инспекторға хабарласыңыз 87763320118',
    ]);
  });

  it("reads a place in a queue lost 'unless you call' as a threat, and an 'urgent matter about your child' as the relative pretext", () => {
    eachHas('threat', [
      'Құжаттарды растау үшін маманға қоңырау шалыңыз 8 771 440 88 72. Хабарласпаған жағдайда кезектен шығарыласыз.',
      'Позвоните до пятницы 87714408872, иначе вас снимут с очереди',
      'Call 8 771 440 88 72 by Friday or you will be removed from the queue',
    ]);
    eachHas('pretext.relative', [
      'Мен мектептың завучымын. Баланызга байланысты шугыл мәселе бар, мына номерге звондап жибериниз 87054481230',
      'Это завуч школы, срочный вопрос по вашему ребенку, перезвоните 87054481230',
      'This is the school office, an urgent matter regarding your child. Call 87054481230',
    ]);
  });

  it("reads a friend's 'a code will come to you, send it' as forwarding a code, and a signed form 'sent back' as none", () => {
    expect(codes('Салем, саган казiр код келедi, мен кателесiп сенiн номерiнди жазып жiберiппiн. Жiберiп жiберсенiз')).toContainEqual(expect.stringMatching(/^code_request/));
    expect(codes('Please check the attachment and send it back signed. My mobile is 8 705 226 31 44')).not.toContainEqual(expect.stringMatching(/^code_request/));
    expect(codes('I accidentally sent you a code, send it back to me please')).toContainEqual(expect.stringMatching(/^code_request/));
  });

  it('reads gas cylinders to replace, an application "not confirmed" with a prepayment, and a giveaway as pretexts', () => {
    eachHas('pretext.meter', ['Обязательная замена газовых баллонов старого образца. Записаться: 8 705 147 73 20', 'Газ баллондарын ауыстыру міндетті, 8 705 147 73 20 хабарласыңыз']);
    eachHas('pretext.gov_data', ['Сіздің көмір алуға өтініміңіз расталмаған. Жүргізушіге қоңырау шалыңыз 8777 302 1945', 'Ваша заявка не подтверждена, позвоните 87773021945']);
    eachHas('payment_request', ['Растау және алдын ала төлем үшін қоңырау шалыңыз 8777 302 1945', 'Для подтверждения внесите предоплату, звоните 87773021945']);
    eachHas('pretext.prize', ['Air Astana giveaway: 2 free return tickets, claim before midnight: airastana-gifts.com/march8']);
  });

  it('reads "соңғы күн" (the last day) as urgency and "соңғы күндері" (in recent days) as none', () => {
    eachHas('urgency', ['Бүгін соңғы күн! 87011234567 хабарласыңыз', 'Төлеудің соңғы күні — бүгін']);
    expect(codes('Соңғы күндері подъезд чатында жалған хабарламалар көбейді')).not.toContain('urgency');
  });

  it("reads a bank's 'suspected fraud' as its pretext", () => {
    const text = 'Halyk: Интернет-банкингіңіз тоқтатылды. Себебі - алаяқтық күдігі. Қайта қосу үшін 87770841256 хабарласыныз';
    expect(codes(text)).toContain('pretext.suspicious_tx');
    expect(analyzer.analyze({ text }).verdict).toBe('danger');
    eachHas('pretext.suspicious_tx', ['Карта заблокирована по подозрению на мошенничество, звоните 87770841256', 'Your card is on hold due to suspected fraud. Call 87770841256']);
  });

  it('reads a card or a student card "fallen into block" as blocked, and a gas-pipe check with gas cut off as the meter pretext', () => {
    eachHas('pretext.account_blocked', ['студенттик билетиниз блокка тусти декан тел 87471552091', 'Картаңыз бұғатқа түсіп қалды, 87471552091 хабарласыңыз']);
    eachHas('pretext.meter', ['Газ құбырларын тексеру жүргізіледі, 87475513092 қоңырау шалыңыз', 'Проверка газовых труб в вашем доме, звоните 87475513092']);
    eachHas('threat', ['Тексерілмеген пәтерлердің газы өшіріледі', 'Тексеруден өтпесеңіз газ ажыратылады']);
  });

  it('reads "send it over" in Kazakh as a payment request, and "назар аударыңыз" (attention) as none', () => {
    eachHas('payment_request', ['Каспиге 25 000 тастай тұршы, ертең қайтарам', 'маған 30 000 каспиға аударып жіберші', 'Халыққа 10 мың салып жіберші']);
    expect(codes('Назар аударыңыз! Ертең су берілмейді')).not.toContain('payment_request');
    const text = 'Сәлем, бұл менің жаңа номерім. Ескі симка істемейді. Каспиге 25 000 тастай тұршы, ертең қайтарам, өте керек';
    expect(analyzer.analyze({ text }).verdict).not.toBe('no_signs');
  });

  it('reads the digits of an SMS asked to be passed on as a code forwarded, and figures asked for as none', () => {
    eachHas('code_request.forward', ['could you forward me the 6 digits you got pls', 'Скинь цифры из смс, которые тебе пришли']);
    for (const text of ['скинь цифры по продажам за март', 'Forward me the digits of the budget, please']) expect(codes(text), text).not.toContain('code_request.forward');
  });

  it('reads "for now tell no one" as secrecy, not as the advice never to tell a code', () => {
    const ru = 'Это Айнур из отдела кадров. Руководство просило срочно связаться с вами по поводу проверки. Пока никому не говорите. Наберите меня 87054128806';
    expect(codes(ru)).toContain('threat.secrecy');
    expect(codes(ru)).not.toContain('protective');
    expect(analyzer.analyze({ text: ru }).verdict).toBe('danger');
    eachHas('threat.secrecy', ['Директор сізбен сөйлескісі келеді, әзірге ешкімге айтпаңыз. 87054128806 хабарласыңыз', "HR here, this is confidential, don't tell anyone yet. Call me 87054128806"]);
    eachHas('protective', ['Ваш код 4412. Никому не говорите его', 'Кодты ешкімге айтпаңыз']);
  });

  it('reads an offer to get back money lost to scammers as the recovery pretext', () => {
    eachHas('pretext.recovery', [
      'Алаяқтарға ақша жоғалттыңыз ба? Ақшаңызды 3 күнде қайтарамыз, қоңырау шалыңыз: +7 776 002 44 19',
      'Юристы вернут похищенные деньги за 3 дня, звоните +7 776 002 44 19',
      'Lost money to scammers? We recover your money in 72 hours. Call +7 776 002 44 19',
    ]);
  });

  it('reads money sent to a "special account" as the safe-account scheme, and money that arrived on one as none', () => {
    eachHas('safe_account', ['Ақшаңызды арнайы шотқа аударыңыз, 87011234567 хабарласыңыз', 'Жинағыңызды арнайы шотқа салыңыз']);
    expect(codes('Otbasy bank: БЖЗҚ-дан зейнетақы жинақтарыңыз 1 200 000 тг арнайы шотқа түсті')).not.toContain('safe_account');
  });

  it('reads free medicines, hearing aids, sanatorium vouchers and food parcels "on a list" as a benefit, and a call for them to a mobile as a lure', () => {
    eachHas('topic.benefit', ['Вы включены в список на бесплатные лекарства', 'Есту аппаратын тегін ауыстыру', 'Санаторийге жолдама бөлінді', 'free winter food hampers for the elderly']);
    const text = 'Здравствуйте! Вы включены в список на бесплатные лекарства для пенсионеров. Для подтверждения позвоните фармацевту Айгуль 8 771 304 66 28';
    expect(analyzer.analyze({ text }).verdict).not.toBe('no_signs');
  });

  it('reads a consulate or the migration police as a state body, and "the list of violators" as a threat', () => {
    eachHas('org.government', ['Генеральное консульство РФ в Алматы: позвоните консульскому сотруднику', 'Migration police: your registration is cancelled']);
    expect(codes('Credit Consult Collection Agency: call 8 727 344 10 58')).not.toContain('org.government');
    eachHas('threat', ['Ваша кв. в списке нарушителей. Тел для связи 8 700 311 59 20', 'Your flat is on the list of violators']);
  });

  it('reads "a 4-digit code will come to you, write it to me here" as a code forwarded', () => {
    eachHas('code_request.forward', ['мен сізге каспи арқылы ақша жібердім сізге 4 санды код келеді соны маған осында жазып жіберіңізші']);
  });

  it("reads the house's new keys, a meter 'discrepancy', a gas leak and a riser check, and being left without a key or heat", () => {
    eachHas('pretext.intercom', ['домофон меняем в пятницу ключи новые звоните 87750093312']);
    eachHas('threat', ['кто не позвонит без ключа останется', 'тексеруге кірмеген пәтерлерге жылу берілмейді']);
    eachHas('pretext.meter', [
      'Расхождение по вашему л/с составляет 112 куб.м. Позвоните контролёру 87710449317',
      'Газ есептегіш көрсеткіштерінде айырмашылық анықталды, хабарласыңыз 87023184465',
      'ҮЙДЕ ГАЗ ЖЫЛЫСТАУЫ АНЫҚТАЛДЫ. АПАТТЫҚ ҚЫЗМЕТКЕ ДЕРЕУ ХАБАРЛАСЫҢЫЗ +7 778 045 26 91',
      'Стояктарды тексеруге кірмеген пәтерлер, слесарь 87014490826',
    ]);
    expect(codes('Мадина, есть расхождение по ИПН у двух человек. Набери меня 87052183347')).not.toContain('pretext.meter');
  });

  it('reads a tariff that "changes" as the contract pretext', () => {
    eachHas('pretext.contract_expiring', ['Ув. абонент, ваш тариф меняется с 1 числа. Отказ по номеру 8705 993 44 12', 'Ваш тарифный план будет изменён с 1 декабря']);
  });

  it('reads a PIN or password "reset" as the authorization pretext', () => {
    eachHas('pretext.auth_error', ['BCC: ваш пин-код был сброшен по запросу. если вы не делали этого позвоните по номеру +77023319875', 'Your PIN has been reset. If it was not you, call +77023319875']);
  });

  it("reads a parcel nobody was home for, a postomat code 'no longer valid', a driver who 'cannot get through', and a last chance", () => {
    eachHas('pretext.parcel', ['Курьер 2 рет келді, үйде ешкім жоқ, 87011234567 хабарласыңыз', 'Пoстамат: ұяшықтың ашу коды жарамсыз бoлып қалды, 87028814576', 'Постамат: код для открытия ячейки недействителен, звоните 87028814576']);
    eachHas('pretext.unreached', ['Водитель сіздің номерге түсе алмай жатыр дейді, мына номерге хабарласыңыз 87011234567']);
    eachHas('urgency', ['Соңғы мүмкіндік - бүгін', 'Последний шанс получить посылку', 'Last chance to collect your parcel']);
  });
});
