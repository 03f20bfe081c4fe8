import { describe, expect, it } from 'vitest';
import { explain } from './explain.js';
import { lexicon, testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer();
const codes = (text: string, sender?: string): string[] =>
  analyzer.analyze(sender === undefined ? { text } : { text, sender }).reasons.map((r) => r.code);

describe('the lure analyzer', () => {
  it('flags a call-back lure with a pretext and points every reason at the words it matched', () => {
    const text = 'Уважаемый клиент! Ваша карта заблокирована из-за ошибки авторизации. Срочно перезвоните по номеру +7 747 123 45 67';
    const r = analyzer.analyze({ text });
    expect(r.verdict).toBe('danger');
    expect(r.lang).toBe('ru');
    expect(r.reasons.map((x) => x.code)).toEqual(expect.arrayContaining(['callback', 'pretext.account_blocked', 'pretext.auth_error', 'urgency']));
    for (const reason of r.reasons) {
      expect(text.slice(reason.span[0], reason.span[1])).toBe(reason.text);
    }
    expect(r.reasons.find((x) => x.code === 'callback')!.text).toBe('перезвоните');
    expect(r.numbers.map((n) => n.key)).toEqual(['+77471234567']);
    expect(r.advice[0]).toBe('dont_call_back');
  });

  it('reads Kazakh with its endings, with or without the Kazakh letters', () => {
    for (const text of [
      'Картаңыз бұғатталды. Қайта қоңырау шалыңыз: 8 701 555 44 33',
      'Картаныз бугатталды. Кайта конырау шалыныз: 8 701 555 44 33',
    ]) {
      const r = analyzer.analyze({ text });
      expect(r.verdict, text).toBe('danger');
      expect(r.reasons.map((x) => x.code), text).toEqual(expect.arrayContaining(['callback', 'pretext.account_blocked']));
    }
    expect(analyzer.analyze({ text: 'Картаңыз бұғатталды. Қайта қоңырау шалыңыз: 8 701 555 44 33' }).lang).toBe('kk');
  });

  it('checks Kazakh endings instead of accepting any tail ("қате" is not "категория")', () => {
    expect(codes('Жүйелік қателер туралы хабарлама')).toContain('pretext.auth_error');
    expect(codes('Жүйелік категория товаров обновлена')).not.toContain('pretext.auth_error');
  });

  it('does not flag one-time codes that warn not to share them', () => {
    const r = analyzer.analyze({ text: 'Код для входа в Kaspi.kz: 4821. Никому не сообщайте этот код, даже сотрудникам банка.', sender: 'Kaspi.kz' });
    expect(r.verdict).toBe('no_signs');
    expect(r.reasons.map((x) => x.code)).toContain('protective');
    expect(r.reasons.map((x) => x.code)).not.toContainEqual(expect.stringMatching(/^code_request\b/));
  });

  it("trusts a bank's own message that gives the bank's own number, and not a stranger's number", () => {
    const own = analyzer.analyze({ text: 'Halyk: если вы не совершали операцию на 45 000 тг, позвоните 7111.' });
    expect(own.verdict).toBe('no_signs');
    expect(own.reasons.map((x) => x.code)).toContain('number.official');
    expect(own.claimedOrgs).toContain('halyk');
    const stranger = analyzer.analyze({ text: 'Halyk: подозрительная операция на 45 000 тг. Для отмены позвоните 8 705 301 48 92' });
    expect(stranger.verdict).toBe('danger');
    expect(stranger.reasons.map((x) => x.code)).toContain('number.unofficial');
  });

  it('tells a mobile call-back line from a landline, and scores the mobile higher', () => {
    const text = (n: string): string => `ОСИ: плановая замена домофонов 12 марта. Вопросы по телефону ${n}`;
    const landline = analyzer.analyze({ text: text('8 727 250 11 22') });
    const mobile = analyzer.analyze({ text: text('8 705 301 48 92') });
    expect(landline.reasons.map((x) => x.code)).not.toContain('channel.mobile');
    expect(mobile.reasons.map((x) => x.code)).toContain('channel.mobile');
    expect(mobile.score).toBeGreaterThan(landline.score);
    // an official number is never read as a call-back line, whatever its kind
    expect(codes('Halyk: если вы не совершали операцию, позвоните 7111.')).not.toContain('channel.mobile');
  });

  it('knows a look-alike link from the official site', () => {
    expect(codes('Kaspi: ваш аккаунт заблокирован, войдите на kaspi-bonus.top')).toContain('link.lookalike');
    expect(codes('Kaspi: ваш заказ передан в доставку, отследить на kaspi.kz/shop')).toContain('link.official');
    expect(codes('Выигрыш! Заберите приз: bit.ly/abc')).toContain('link.shortener');
  });

  it('reads the sender: an official sender id lowers the score, an ordinary number claiming a bank raises it', () => {
    const text = 'Kaspi: ваша карта заблокирована, подробности в приложении';
    const official = analyzer.analyze({ text, sender: 'Kaspi.kz' });
    const mobile = analyzer.analyze({ text, sender: '+77011234567' });
    expect(official.reasons.map((x) => x.code)).toContain('sender.official');
    expect(mobile.reasons.map((x) => x.code)).toContain('sender.unofficial');
    expect(official.score).toBeLessThan(mobile.score);
  });

  it('reads "call" next to a number as a call-back request, and alone as a mention', () => {
    expect(codes('Your parcel is held. Call 8 701 555 44 33 to release it.')).toContain('callback');
    expect(codes('We will call you when the courier leaves.')).not.toContain('callback');
  });

  it('is not fooled by the usual evasions', () => {
    const plain = 'Ваша карта заблокирована. Перезвоните 8 708 221 45 90';
    const variants = [
      'Ваша карта заблокирована. Пeрeзвoнитe 8 708 221 45 90', // Latin e and o
      'Ваша карта заблокирована. Пере\u200bзво\u200dните 8 708 221 45 90', // zero-width characters
      'Ваша карта заблокирована. П е р е з в о н и т е 8 708 221 45 90', // spaced letters
      'Ваша к а р т а  з а б л о к и р о в а н а. П е р е з в о н и т е 8 708 221 45 90',
      'В а ш а к а р т а заблокирована. С р о ч н о п е р е з в о н и т е 8 708 221 45 90', // boundaries lost
      'Ваша карта заблокирована. П3р3звонит3 8 708 221 45 90', // digits for letters
      'ВАША КАРТА ЗАБЛОКИРОВАНА. ПЕРЕЗВОНИТЕ 8 708 221 45 90',
      'Ваша карта заблокирована. Перезвони\u0301те 8 708 221 45 90', // a stress mark
    ];
    const want = analyzer.analyze({ text: plain });
    expect(want.verdict).toBe('danger');
    for (const text of variants) {
      const r = analyzer.analyze({ text });
      expect(r.verdict, text).toBe(want.verdict);
      expect(r.reasons.map((x) => x.code), text).toContain('callback');
    }
  });

  it('does not flag people asking each other to call back', () => {
    expect(analyzer.analyze({ text: 'Привет! Перезвони мне, как освободишься, надо обсудить субботу' }).verdict).toBe('no_signs');
    expect(analyzer.analyze({ text: 'Hey, call me back when you are free' }).verdict).toBe('no_signs');
  });

  it('tells languages apart', () => {
    expect(analyzer.analyze({ text: 'Your card has been blocked, call us back' }).lang).toBe('en');
    expect(analyzer.analyze({ text: 'Сіздің картаңыз бұғатталды және шотыңыз тоқтатылды' }).lang).toBe('kk');
    expect(analyzer.analyze({ text: 'Ваша карта blocked, please call нам back срочно today сегодня' }).lang).toBe('mixed');
  });

  it('tells Kazakh as people type it in chat: without its letters, in Latin, or in a word or two', () => {
    for (const text of ['Апа, маган кайта хабарлас, телефоным отырып калды', 'Mama, zhetip aldym, bari zhaksy', 'Balam, keshke keldim, rahmet', 'Рақмет, алдым', 'Сағындым'])
      expect(analyzer.analyze({ text }).lang, text).toBe('kk');
    // one Kazakh letter in a longer Russian message is a name's
    expect(analyzer.analyze({ text: 'Ваш заказ готов, можно забирать в пункте выдачи у Ғалыма' }).lang).toBe('ru');
    expect(analyzer.analyze({ text: 'Hey, are you coming to the meeting tomorrow?' }).lang).toBe('en');
  });
});

describe('explanations', () => {
  it('explains every reason and advice in KK, RU and EN from data', () => {
    const r = analyzer.analyze({ text: 'Kaspi: карта заблокирована. Срочно перезвоните 8 747 123 45 67 и продиктуйте код из SMS, иначе штраф. kaspi-help.top' });
    expect(r.reasons.length).toBeGreaterThan(4);
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const e = explain(r, lexicon, lang);
      for (const reason of e.reasons) expect(reason.explanation, `${reason.code} ${lang}`).not.toBe(reason.code);
      for (const a of e.advice) expect(a.text).not.toBe(a.id);
    }
  });

  it('has an explanation for every signal code in the lexicon, in all three languages', () => {
    const codes = Object.keys(lexicon.signals).filter((c) => !c.startsWith('lang.') && !c.startsWith('mark.'));
    for (const code of codes) {
      const family = code.split('.')[0]!;
      const entry = lexicon.reasons[code] ?? lexicon.reasons[family];
      expect(entry, code).toBeDefined();
      for (const lang of ['kk', 'ru', 'en'] as const) expect(entry![lang].length, `${code} ${lang}`).toBeGreaterThan(10);
    }
    for (const ids of [...Object.values(lexicon.advice.byVerdict), ...Object.values(lexicon.advice.byReason)]) {
      for (const id of ids) expect(lexicon.advice.items[id], id).toBeDefined();
    }
  });
});
