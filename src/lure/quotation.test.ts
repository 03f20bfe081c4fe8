import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testAnalyzer } from '../../test/helpers/lure.js';
import { insideAny, reportedQuotes, withRetold } from './quotation.js';

const analyzer = testAnalyzer();

describe('a quotation the writer comments on', () => {
  it('is found inside «», „“, “” and straight quotes, with the writer’s words after it', () => {
    const ru = 'Соседи, пришло такое: «Уважаемый абонент, ваш домофон будет отключён». Не ведитесь!';
    const [span] = reportedQuotes(ru);
    expect(ru.slice(...span!)).toBe('Уважаемый абонент, ваш домофон будет отключён');
    expect(reportedQuotes('Вот: „Ваша карта заблокирована, срочно“ — это обман, друзья')).toHaveLength(1);
    expect(reportedQuotes('Received: “Your card is blocked, call us now” which is fake, right?')).toHaveLength(1);
    expect(reportedQuotes(`My aunt got "Your pension is suspended, call 8 700 000 00 00" and nearly called`)).toHaveLength(1);
  });

  it("is not a name in quotes, an apostrophe inside a word, or a quote with nothing of the writer's after it", () => {
    expect(reportedQuotes('ТОО «Алматы Су» напоминает о задолженности, оплатите до 10 числа')).toEqual([]);
    expect(reportedQuotes("Don't worry, it's fine, I'll call you when I'm back home tonight")).toEqual([]);
    expect(reportedQuotes('🎤 Голосовое (0:12) «Мам, это я, срочно позвони врачу по номеру 8 747 000 00 00»')).toEqual([]);
  });
});

describe('a forwarded lure with a warning', () => {
  it('does not read the quoted request as a request to the reader', () => {
    const text =
      'Кызметкерлерге ескерту, маған мынадай хабар келді: «Kaspi: ошибка авторизации, перезвоните по номеру 8 777 410 22 35». ' +
      'Банкке өзім хабарластым, бұл алаяқтар екен.';
    const [quote] = reportedQuotes(text);
    const result = analyzer.analyze({ text });
    expect(result.reasons.filter((r) => r.span[0] >= quote![0] && r.span[1] <= quote![1]).map((r) => r.code)).toEqual(['quotation']);
    expect(result.verdict).toBe('no_signs');
    // The number is still listed, so the reader can look it up.
    expect(result.numbers.map((n) => n.raw)).toEqual(['8 777 410 22 35']);
  });

  it("reads a quotation the sender disowns ('отправляем не мы') or calls a script as told, not said", () => {
    for (const text of [
      'KazPost: SMS «посылка задержана на таможне, свяжитесь с курьером по номеру…» отправляем не мы. Статус проверяйте в приложении.',
      'The most common script aimed at older people is “Mom, I’ve been in an accident, call this lawyer’s number now.” Always call your relative back.',
      'Құрметті ата-аналар! «Мектеп директорымын, балаңыз төбелесіп қалды, дереу мына нөмірге хабарласыңыз» деп WhatsApp-қа жазып жатқандар бар. Директор ондай хабарлама жібермейді.',
    ]) {
      expect(analyzer.analyze({ text }).verdict, text).toBe('no_signs');
      expect(analyzer.analyze({ text }).reasons.map((r) => r.code), text).toContain('quotation');
    }
  });

  it('keeps what the writer asks outside the quotes', () => {
    const text = 'Служба безопасности банка: «по вашей карте зафиксирована подозрительная операция». Срочно перезвоните 8 707 123 45 98';
    expect(reportedQuotes(text)).toHaveLength(1);
    expect(analyzer.analyze({ text }).verdict).not.toBe('no_signs');
  });
});

describe('a number inside a quotation', () => {
  it('does not make a call word of the writer’s own a call-back request', () => {
    const text = 'Мне пришло сегодня: «Ваша посылка задержана, информация по номеру 8 708 230 41 17». Я позвоню в Казпочту сама, узнаю.';
    const callbacks = analyzer.analyze({ text }).reasons.filter((r) => r.code === 'callback');
    expect(callbacks).toEqual([]);
  });
});

describe('the wording of a quotation', () => {
  it('is not the writer’s: a forwarded lure the writer calls fake reads as their warning', () => {
    const text = 'Got this one today: "Your card access is suspended, restore your account at the link below immediately". This is fake, do not click.';
    expect(reportedQuotes(text)).toHaveLength(1);
    expect(analyzer.analyze({ text }).verdict).toBe('no_signs');
  });

  it('is the message to judge when the writer asks about it: a citizen pastes a lure to have it checked', () => {
    for (const text of [
      'Got this one today: "Your card access is suspended, restore your account at the link below immediately". Is it fake?',
      'Это правда? Пришло смс: «Kaspi: Ваша карта временно заблокирована. Для разблокировки позвоните по номеру 8 708 413 27 56».',
      'Апам жіберді, мынадай смс келіпті: «eGov: ЭЦҚ авторизациясында қате, 8 700 526 19 74 нөміріне қоңырау шалыңыз». Шынымен солай ма, әлде алаяқтар ма?',
      'Мне пришло: «Kaspi: карта заблокирована, перезвоните 8 708 413 27 56». Это развод же?',
    ]) expect(analyzer.analyze({ text }).verdict, text).toBe('danger');
    // a verdict said, not asked, keeps it a warning
    expect(analyzer.analyze({ text: 'Мне пришло: «Kaspi: карта заблокирована, перезвоните 8 708 413 27 56». Это развод, не звоните!' }).verdict).toBe('no_signs');
  });

  it('is told of by a verdict alone, with no word of receiving it', () => {
    for (const text of [
      'опять эти разводилы 🙄\n\n«Уважаемый абонент, срок действия вашего номера истекает 25.11. Для продления позвоните 8 708 512 33 90»\n\nя этим номером с 2009 года пользуюсь',
      'classic scam lol, ignore: "Dear customer, your Kaspi account has been suspended. Call 8 776 230 14 59 to restore access." got the same one last week',
    ]) expect(analyzer.analyze({ text }).verdict, text).toBe('no_signs');
  });

  it('is asked about when a question particle follows the verdict or a word of doubt leads it, question mark or not', () => {
    for (const text of [
      'Апа мынау дұрыс па? «Құрметті абонент, SIM-картаңыздың мерзімі аяқталуда. Нөміріңізді сақтап қалу үшін 8 700 412 58 31 нөміріне хабарласыңыз» әлде алаяқтар ма түсінбедім',
      'Пришло: «Kaspi: карта заблокирована, перезвоните 8 708 413 27 56» или это мошенники, не пойму',
      'Got this: "Your Kaspi card is blocked, call 8 708 413 27 56 now" maybe a scam idk',
    ]) expect(analyzer.analyze({ text }).verdict, text).toBe('danger');
  });
});

describe('a lure wrapped in quote marks', () => {
  it('is not reported speech without a word of the writer that tells of it: a signature after the quote is none', () => {
    for (const text of [
      'Уведомление: "Ваша карта заблокирована. Срочно позвоните 8 707 123 45 61" С уважением, служба безопасности банка',
      '«Уважаемый клиент! По вашей карте подозрительная операция, перезвоните 8 707 123 45 62» — Halyk Bank, служба поддержки',
      'Сізге хабарлама келді: «Картаңыз бұғатталды, 8 707 123 45 63 нөміріне хабарласыңыз». Kaspi қауіпсіздік қызметі',
      // A question or a warning after the quote is no sign of a report: lures carry them too.
      'Сообщение от банка: «Ваша карта заблокирована, перезвоните 8 707 123 45 66». Это вы совершали операцию?',
      'Служба безопасности: «Ваша карта заблокирована, перезвоните 8 707 123 45 67». Никому не сообщайте данные карты.',
    ]) {
      expect(analyzer.analyze({ text }).verdict).toBe('danger');
    }
  });
});

describe('insideAny', () => {
  it('finds a range inside spans in text order as a scan of every span does (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(20), fc.nat(20)), { maxLength: 12 }), fc.nat(300), fc.nat(30), (gaps, from, width) => {
        // spans in text order that do not overlap, as reportedQuotes gives them
        const spans: [number, number][] = [];
        let at = 0;
        for (const [gap, len] of gaps) {
          spans.push([at + gap, at + gap + len]);
          at += gap + len + 1;
        }
        const to = from + width;
        expect(insideAny(spans, from, to)).toBe(spans.some(([a, b]) => from >= a && to <= b));
      }),
    );
  });
});

describe('a message retold without quote marks', () => {
  it('is reported speech in Kazakh ("… деп смс келді") and Russian ("пришла смс, что …") unless the writer asks', () => {
    for (const text of [
      'Маған Freedom атынан акция ұтып алдыңыз деп хат келді. Өшіріп тастадым, абай болыңдар',
      'Мама, кеденнен посылка келді деп смс келді, бірақ ашқан жоқпын. Ертең Қазпоштаға өзім барып сұраймын',
      'Мне пришла смс, что карта заблокирована и надо позвонить по номеру 8 707 123 45 67. Это развод, не звоните',
    ]) expect(analyzer.analyze({ text }).verdict, text).toBe('no_signs');
    for (const text of [
      'Маған Kaspi картаңыз бұғатталды, 8 707 123 45 67 нөміріне хабарласыңыз деп смс келді, рас па?',
      'Мне пришла смс, что карта заблокирована и надо позвонить по номеру 8 707 123 45 67. Звонить?',
      // a lure that tells the reader what "came" to them is not retold by the writer
      'Вам пришло уведомление, что карта заблокирована. Позвоните по номеру 8 707 123 45 67',
    ]) expect(analyzer.analyze({ text }).verdict, text).toBe('danger');
  });

  it('is found in one pass however long the text (a retold span runs 400 characters at most)', () => {
    const huge = `${'карта бұғатталды '.repeat(20_000)}деп смс келді. ${'Мне пришла смс, что '.repeat(5000)}${'а'.repeat(50_000)}`;
    const spans = withRetold([], huge);
    expect(spans.length).toBeGreaterThan(0);
    for (const [a, b] of spans) expect(b - a).toBeLessThanOrEqual(400);
  });
});

describe('a call or a message retold with "said", "деп хабарласыпты", "says"', () => {
  it('is what the caller said, told of by the writer', () => {
    for (const text of [
      'Маму чуть не развели. Позвонили, сказали что я попал в аварию и нужны деньги. Хорошо что она мне сначала набрала',
      'Тут в подъезде соседке звонили, что меняют домофон и надо продиктовать код для регистрации. Она бросила трубку',
      'Көршіге домофон ауыстырамыз, тіркеу үшін кодты айтыңыз деп хабарласыпты. Алаяқтар ғой, айтпапты',
      "So yesterday a guy calls, says he's from Kazpost, I have a parcel, read him the code. Scam call obviously, I hung up",
    ]) expect(analyzer.analyze({ text }).verdict, text).toBe('no_signs');
    // a relative relaying a live call with no judgment of their own is the scheme at work
    expect(analyzer.analyze({ text: 'Сынок, мне звонили из банка, сказали что на меня оформили кредит и надо перевести все деньги на защищённый счёт.' }).verdict).not.toBe('no_signs');
    // the lure itself, said to the reader, is judged
    expect(analyzer.analyze({ text: 'Курьер не смог доставить посылку. Продиктуйте код из SMS для переоформления доставки' }).verdict).toBe('danger');
  });

  it('reads "… деді" (said) and a writer who hung up or tells others to ("трубканы қойыңыздар", "я сбросила", "не верь") as that telling', () => {
    for (const text of [
      'Маған бүгін «Қазпоштадан» деп хабарласып, курьер келу үшін смс-тегі кодты айтыңыз деді. Сендерге де хабарласса трубканы қойыңыздар',
      'Папа, мне звонил какой то следователь, сказал что на тебя оформили кредит и надо перевести деньги на спец счёт. Я сбросила. Если тебе тоже будут звонить не верь',
    ]) expect(analyzer.analyze({ text }).verdict, text).toBe('no_signs');
    // the bank's words retold with no verdict of the writer's are the lure passed on
    expect(analyzer.analyze({ text: 'Картаңыз бұғатталды, 87011234567 нөміріне хабарласыңыз деді банк' }).verdict).toBe('danger');
  });

  it('reads "got an SMS saying…", "говорит" without "что" and a Kazakh sentence ending in "деп" as told of', () => {
    for (const text of [
      'So I got an SMS saying my DHL package was held and I had to pay a 1200 tenge customs fee through a link. Checked the real DHL site - it was delivered yesterday',
      "LOL my mother in law got a call from 'Kazpost' saying her parcel is stuck at customs and she needs to pay a fee by card. Talked her out of it",
      'Девочки, осторожно! Написал «покупатель», говорит оплачу через доставку, вот ссылка, введите данные карты для получения денег. Я ввела почти всё',
      'Кеше маған eGov-тан деп ватсапқа жазды, ЭЦП-ның мерзімі бітті, ссылкаға кіріңіз деп. Өзім тексерсем мерзімі келесі жылы бітеді екен. Абай болыңдар',
    ]) expect(analyzer.analyze({ text }).verdict, text).toBe('no_signs');
    const kk = 'Кеше маған eGov-тан деп ватсапқа жазды, ЭЦП-ның мерзімі бітті, ссылкаға кіріңіз деп. Абай болыңдар';
    expect(withRetold([], kk).map(([a, b]) => kk.slice(a, b))).toEqual(['Кеше маған eGov-тан деп ватсапқа жазды, ЭЦП-ның мерзімі бітті, ссылкаға кіріңіз']);
    // a lure that asks in its own voice is not told of
    expect(analyzer.analyze({ text: 'You have received a message from Kazpost: your parcel is held. Pay the customs fee at kazpost-fee.top' }).verdict).not.toBe('no_signs');
  });
});

describe('a scam text an institution quotes in its warning', () => {
  it('is told of in the words warnings use: "абонентам приходят SMS", "получивших SMS", "хабарламалар келуде", "fraudulent emails"', () => {
    for (const text of [
      'QazaqGaz предупреждает. Абонентам приходят письма и SMS: «Срочно! Внеплановая проверка газового оборудования. Запишитесь по номеру 8-701-443-18-60, иначе подача газа будет приостановлена». Компания не отправляет такие сообщения.',
      'Нам поступают обращения жителей, получивших SMS: «Алматы Домофон: плановая модернизация системы. Для активации нового ключа позвоните 8-777-160-48-52». Это сообщение отправлено не нами.',
      'Студенттерге бухгалтерия атынан SMS хабарламалары келуде: «Шотыңыздағы қатеге байланысты стипендия тоқтатылды, 8 747 301 22 19 нөміріне хабарласыңыз». Бухгалтерия мұндай хабарлама жібермейді.',
      'Полиция. Тұрғын SMS-тағы нөмірге қоңырау шалып, ақшасынан айырылды. Хабарлама былай болған: «Kaspi: кіруге күдікті әрекет. Бұл сіз болмасаңыз, қауіпсіздік қызметіне 8 707 215 40 68 қоңырау шалыңыз». Kaspi ұялы нөмірге қоңырау шалуды сұрамайды.',
      'Every week customers forward us SMS like "Jusan: Your account is under arrest. Call 8 775 601 29 44". Our answer is always the same: it is not us!',
      'We have seen fraudulent emails like this: "Your mailbox will be closed today. Call our support line +7 701 555 10 20 to keep it." IT never sends such messages.',
    ]) {
      expect(analyzer.analyze({ text }).verdict, text).toBe('no_signs');
    }
  });

  it('is the message itself when it came to the reader', () => {
    expect(analyzer.analyze({ text: 'Вам приходят SMS: «Срочно! Ваша карта заблокирована. Позвоните по номеру 8-701-443-18-60, иначе счёт будет закрыт».' }).verdict).not.toBe('no_signs');
  });
});
