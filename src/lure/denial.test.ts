import { describe, expect, it } from 'vitest';
import { lexicon, testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer({ wording: false });
const codes = (text: string): string[] => analyzer.analyze({ text }).reasons.map((r) => r.code);
const REQUESTS = ['code_request', 'personal_data', 'safe_account', 'remote_access'];

// What an organization says it never does, and what a warning tells of scammers, ask the reader for nothing.
describe('denials and descriptions of scammers', () => {
  it('takes back every request in a sentence that denies it (RU, EN: the rest of the sentence)', () => {
    for (const text of [
      'Halyk никогда не просит перевести деньги на безопасный счёт.',
      'Сотрудники Алсеко не ходят по квартирам и не звонят с просьбой назвать коды из SMS.',
      'Kaspi will never ask you to share the code from an SMS or to move money to a safe account.',
    ]) {
      const c = codes(text);
      for (const r of REQUESTS) expect(c, text).not.toContain(r);
      expect(analyzer.analyze({ text }).verdict, text).toBe('no_signs');
    }
  });

  it('takes back the whole sentence when the denying verb ends it (a Kazakh verb comes last)', () => {
    const text = 'Университет телефон арқылы банк картасының деректерін және SMS-кодтарды сұрамайды.';
    expect(codes(text)).not.toContain('personal_data');
    // the same words as a request are one
    expect(codes('Телефон арқылы банк картасының деректерін және SMS-кодты айтыңыз.')).toEqual(expect.arrayContaining(['personal_data']));
  });

  it('reads a warning that tells what scammers ask for as a warning', () => {
    const text = 'Внимание! Мошенники звонят от имени ОСИ и просят продиктовать код из SMS для поверки счётчиков. ОСИ так не делает. Контакты председателя: +7 747 600 21 15';
    expect(codes(text)).not.toContainEqual(expect.stringMatching(/^code_request\b/));
    // the same words said to the reader are a lure
    const asked = 'ОСИ: продиктуйте код из SMS для поверки счётчиков. Контакты председателя: +7 747 600 21 15';
    expect(codes(asked)).toContainEqual(expect.stringMatching(/^code_request\b/));
    expect(analyzer.analyze({ text }).verdict).not.toBe('danger');
    expect(analyzer.analyze({ text: asked }).score - analyzer.analyze({ text }).score).toBeGreaterThan(0.3);
  });

  it('leaves requests in other sentences, and a lure that borrows a warning, as they were', () => {
    for (const text of [
      'Мошенники пытались оформить кредит на ваше имя. Чтобы отменить заявку, срочно позвоните в службу безопасности банка 8 707 233 18 40',
      'Сотрудники банка никогда не просят код из SMS. Ваша карта заблокирована, для разблокировки продиктуйте код оператору по номеру 8 701 555 12 34',
      'Fraudsters tried to take out a loan in your name. To cancel the application, call the security team urgently on +7 707 233 18 40',
    ]) expect(analyzer.analyze({ text }).verdict, text).toBe('danger');
  });

  it('takes scammers named later in a clause as part of a story, not a warning', () => {
    // a retold call: the request to move money is the story's point, as a reader must weigh it
    const text = 'Сынок, мне звонили из Нацбанка, сказали что на мои карты оформили кредит мошенники и надо перевести все деньги на защищённый счёт.';
    expect(codes(text)).toContain('safe_account');
  });

  it('takes back a request after every denial and description the lexicon lists', () => {
    // Each marker before (a Kazakh denial: after) a request it governs; the request alone is one.
    const around: Record<string, Record<string, [string, string]>> = {
      'mark.denial': { ru: ['', ' назвать код из SMS.'], kk: ['Банк карта деректерін ', '.'], en: ['', ' for the code from the SMS.'] },
      'mark.describes': { ru: ['', ' просят назвать код из SMS.'], kk: ['', ' карта деректерін сұрайды.'], en: ['', ' ask for the code from the SMS.'] },
    };
    const kept: string[] = [];
    for (const [mark, sides] of Object.entries(around)) {
      for (const [lang, phrases] of Object.entries(lexicon.signals[mark]!)) {
        const [before, after] = sides[lang]!;
        const request = (before + after.trimStart()).replace(/^\S/, (c) => c.toUpperCase());
        const asked = codes(request).filter((c) => REQUESTS.includes(c));
        expect(asked, request).not.toEqual([]);
        for (const phrase of phrases) {
          const words = phrase.replace(/=/g, '');
          const text = before + (before === '' ? words.charAt(0).toUpperCase() + words.slice(1) : words) + after;
          if (codes(text).some((c) => asked.includes(c))) kept.push(`${mark} ${lang} "${phrase}"`);
        }
      }
    }
    expect(kept).toEqual([]);
  });

  it('takes a warning as camouflage when the message itself tells the reader to give the code or move the money', () => {
    for (const text of [
      'ОСИ сообщает: производится замена домофонов. Для получения ключа позвоните по номеру +7 705 288 31 16 и продиктуйте код, который придёт вам в SMS. Будьте бдительны: по квартирам ходят мошенники!',
      'Ваши средства под угрозой. Срочно переведите остаток на защищённый резервный счёт KZ87 722S 0000 4419 2031. Банк никогда не просит сообщать код.',
    ]) {
      const c = codes(text);
      expect(c, text).not.toContain('protective');
      expect(c, text).not.toContain('warning');
      expect(analyzer.analyze({ text }).verdict, text).toBe('danger');
    }
  });

  it('keeps a warning a warning when the requests in it are told, negated or advice', () => {
    for (const text of [
      'Полиция предупреждает: если звонящий просит продиктовать код, положите трубку и позвоните в банк по номеру на карте.',
      'Мошенники звонят и просят назвать код из SMS. Никогда не переводите деньги на безопасный счёт.',
      'Алаяқтар хабарласып, SMS-кодты сұрайды. Кодты ешкімге айтпаңыз.',
    ]) expect(codes(text), text).toEqual(expect.arrayContaining(['warning']));
  });

  it('reads "tell no one, not even your bank" about the call itself as isolation, not as protective advice', () => {
    const text = 'Полиция департаменті: шоттарыңыз тексерілуде. Тергеушіге +7 747 602 13 85 нөмірі бойынша бүгін хабарласыңыз. Тексеру туралы ақпаратты ешкімге, соның ішінде банк қызметкерлеріне де айтпаңыз.';
    const c = codes(text);
    expect(c).toContain('threat.secrecy');
    expect(c).not.toContain('protective');
    // a one-time code's "tell no one, not even bank staff" is the advice it is
    expect(codes('Код 1234. Никому не сообщайте код, даже сотрудникам банка.')).toContain('protective');
    expect(codes('Никому не сообщайте о данном сообщении, это тайна следствия.')).toContain('threat.secrecy');
    // and the advice says what secrecy is for
    expect(analyzer.analyze({ text }).advice).toContain('tell_someone');
  });
});

describe('what an organization does not offer or promise', () => {
  it('is a denial: the investment it names is not offered', () => {
    const text = 'Нацбанк не привлекает инвестиции и не обещает доходность по цифровому тенге — такие предложения являются мошенничеством.';
    expect(codes(text)).not.toContain('pretext.investment');
    expect(codes('Ұлттық банк цифрлық теңгеге инвестиция тартпайды.')).not.toContain('pretext.investment');
    expect(codes('The National Bank does not offer investments in the digital tenge.')).not.toContain('pretext.investment');
    expect(codes('Приглашаем инвестировать: доходность от 30% в месяц, минимальный вход 50 000 тг')).toContain('pretext.investment');
  });
});

describe('unknown people as the subject', () => {
  it('tells what they ask rather than asks it ("какие-то люди … просят продиктовать код")', () => {
    expect(codes('По подъезду ходят какие-то люди и говорят что меняют домофоны, просят продиктовать код из SMS.')).not.toContainEqual(expect.stringMatching(/^code_request\b/));
    expect(codes('Белгісіз адамдар пәтерлерді аралап, SMS-кодты айтуды сұрайды.')).not.toContainEqual(expect.stringMatching(/^code_request\b/));
    expect(codes('Strangers are going door to door and ask residents to read out the SMS code.')).not.toContainEqual(expect.stringMatching(/^code_request\b/));
    expect(codes('Продиктуйте код из SMS мастеру, он меняет домофоны.')).toContainEqual(expect.stringMatching(/^code_request\b/));
  });
});
