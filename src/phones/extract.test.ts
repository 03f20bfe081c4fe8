import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractNumbers } from './extract.js';

const keys = (text: string): string[] => extractNumbers(text).map((n) => n.key);

describe('extractNumbers', () => {
  it('finds the written forms people use, with spans into the original text', () => {
    const text = 'Звоните +7 (701) 123-45-67, 8 701 123 45 67 или 87011234567; ещё 7 701 1234567.';
    const found = extractNumbers(text);
    expect(found.map((n) => n.key)).toEqual(['+77011234567', '+77011234567', '+77011234567', '+77011234567']);
    for (const n of found) expect(text.slice(n.span[0], n.span[1])).toBe(n.raw);
    expect(found.map((n) => n.raw)).toEqual(['+7 (701) 123-45-67', '8 701 123 45 67', '87011234567', '7 701 1234567']);
    expect(found.every((n) => !n.obfuscated)).toBe(true);
  });

  it('reads the hyphens and dashes of web pages and word processors as separators, not as the end of a number', () => {
    const text = 'Звоните 8\u2011800\u2011080\u201111\u201111 или +7\u2010701\u2012123\u221245\u221267';
    const found = extractNumbers(text);
    expect(found.map((n) => n.key)).toEqual(['+78000801111', '+77011234567']);
    expect(found.map((n) => text.slice(n.span[0], n.span[1]))).toEqual(['8\u2011800\u2011080\u201111\u201111', '+7\u2010701\u2012123\u221245\u221267']);
    expect(found.every((n) => !n.obfuscated)).toBe(true);
  });

  it('finds short service numbers next to a call word, and known ones anywhere', () => {
    expect(keys('Контакт-центр 1414, полиция 102, звоните 7111')).toEqual(['1414', '102', '7111']);
    expect(keys('у вас 102 бонуса')).toEqual([]);
    // Kazakh names the number after it
    expect(keys('Kcell салонына барыңыз немесе 455 нөміріне хабарласыңыз')).toEqual(['455']);
    expect(keys('455 теңге төлеңіз')).toEqual([]);
    // a car plate is not the bank's short number
    expect(extractNumbers('Сіздің 505 ABC 01 көлігіңіз эвакуацияланды, 505 нөміріне хабарласыңыз', 'KZ', { knownShort: new Set(['505']) }).map((n) => n.span[0])).toEqual([44]);
    expect(extractNumbers('у вас 1414 бонусов', 'KZ', { knownShort: new Set(['1414']) }).map((n) => n.key)).toEqual(['1414']);
    // a flat, a house or a room is not the emergency line it shares digits with
    const emergency = { knownShort: new Set(['101', '102', '103', '112']) };
    for (const text of ['ул. Жандосова 58, кв. 112 за неуплату', 'Құрметті 112-пәтер иесі', 'дом 102, подъезд 3', 'Apt 101 is ready', '103 үйдің тұрғындары']) {
      expect(extractNumbers(text, 'KZ', emergency), text).toEqual([]);
    }
    expect(extractNumbers('При пожаре звоните 101, скорая 103, единый номер 112', 'KZ', emergency).map((n) => n.key)).toEqual(['101', '103', '112']);
  });

  it("finds an operator's four-digit line that starts with 0 next to a call word, but no other short run with a leading 0", () => {
    expect(keys('Егер өтініш бермеген болсаңыз, дереу 0611 нөміріне қоңырау шалыңыз')).toEqual(['0611']);
    expect(keys('Balance: 850 KZT. Help: 0611')).toEqual(['0611']);
    expect(keys('Suspicious payment declined. If it was you, please retry. Tel.: 7575')).toEqual(['7575']);
    expect(keys('звоните 061 или 06111')).toEqual([]);
    expect(keys('Код подтверждения: 0611')).toEqual([]);
    expect(keys('в 0611 часов')).toEqual([]);
  });

  it('finds obfuscated numbers and says so', () => {
    const found = extractNumbers('Перезвоните 8 7O1 123 45 67, 8.701.123.45.67 или 8 7 0 1 1 2 3 4 5 6 7');
    expect(found.map((n) => n.key)).toEqual(['+77011234567', '+77011234567', '+77011234567']);
    expect(found.every((n) => n.obfuscated)).toBe(true);
    const slashed = extractNumbers('Тел: 8 747 / 610 / 33 / 05 - звонить до 18:00');
    expect(slashed.map((n) => [n.key, n.raw, n.obfuscated])).toEqual([['+77476103305', '8 747 / 610 / 33 / 05', true]]);
  });

  it('reads a digit that ends a word as a letter, not as the start of the number after it', () => {
    const text = 'Ваша карта заблокирована. П3р3звонит3 8 708 221 45 90';
    const found = extractNumbers(text);
    expect(found.map((n) => n.key)).toEqual(['+77082214590']);
    expect(text.slice(found[0]!.span[0], found[0]!.span[1])).toBe('8 708 221 45 90');
    expect(keys('c4ll 8 701 123 45 67')).toEqual(['+77011234567']);
    // two digits glued to letters are an identifier's, and so is all of its run
    expect(keys('KZ86 1234 5678 9012 345')).toEqual([]);
  });

  it('reads 1-8xx without a plus as a North American toll-free number, as e-mails from "support" write it', () => {
    expect(keys('Call Microsoft support 1-888-510-3327 now')).toEqual(['+18885103327']);
    expect(keys('Call 1 (800) 555-0199 to stop the charge')).toEqual(['+18005550199']);
    expect(keys('Сумма 1 888 510 33 27 тг')).toEqual([]);
    expect(keys('code 18885103327')).toEqual([]);
  });

  it('finds a Kazakh 7xx number the numbering plan does not list when it is written whole, not ten bare digits', () => {
    const found = extractNumbers('Перезвоните 8 727 123 45 67 или +7 727 123 4567');
    expect(found.map((n) => [n.key, n.kind])).toEqual([
      ['+77271234567', 'unknown'],
      ['+77271234567', 'unknown'],
    ]);
    expect(keys('сумма 7 270 000 000, заказ 81234567890')).toEqual([]);
  });

  it('finds international numbers', () => {
    expect(extractNumbers('call +44 20 7946 0958 or +7 495 123 45 67').map((n) => [n.key, n.kind])).toEqual([
      ['+442079460958', 'international'],
      ['+74951234567', 'international'],
    ]);
  });

  it("finds another country's number written with its country code even where its plan lists no such range", () => {
    // 7700 9xx xxx: a British mobile range libphonenumber's metadata does not list
    expect(extractNumbers('WhatsApp арқылы жазыңыз +44 7700 912 384 немесе 00 44 7700 912 384').map((n) => [n.key, n.kind])).toEqual([
      ['+447700912384', 'international'],
      ['+447700912384', 'international'],
    ]);
    expect(keys('сумма 4477009123845, заказ 447700912384')).toEqual([]);
  });

  it('does not take dates, amounts, card masks, codes or ids for numbers', () => {
    expect(keys('Оплата 50 000 тг до 12.05.2024 10:30, карта *1234. Код: 123456')).toEqual([]);
    expect(keys('Сумма 1 000 000 000 тг, ИИН 900101300123, карта 4400 4301 2345 6789')).toEqual([]);
    expect(keys('Kaspi: код 1414 никому не сообщайте')).toEqual([]);
    expect(keys('Your code is 4821. Do not share it. Call 2024 year')).toEqual([]);
    expect(keys('IBAN KZ86125KZT5004100100 счёт 12345')).toEqual([]);
    expect(keys('Құпия сөз: 7111')).toEqual([]);
    expect(keys('Call the court about case 2/4419, hearing 16/12/2025 at 10:00')).toEqual([]);
    // a quantity of gas, water, power or data is no emergency line
    expect(keys('Расхождение по вашему л/с составляет 112 куб.м. Позвоните контролёру')).toEqual([]);
    expect(keys('айырмашылық 102 текше метр, 104 кВт, 101 ГБ, звоните')).toEqual([]);
  });

  it('separates numbers written one after another', () => {
    expect(keys('87011234567 87017654321')).toEqual(['+77011234567', '+77017654321']);
    expect(keys('8 701 123 45 67 8 702 765 43 21')).toEqual(['+77011234567', '+77027654321']);
  });

  it('never throws and keeps every span inside the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: fc.constantFrom(...'0123456789 +-().Oo*:'.split('')), maxLength: 60 }), (a, b) => {
        const text = a + b + a;
        for (const n of extractNumbers(text)) {
          expect(n.span[0]).toBeGreaterThanOrEqual(0);
          expect(n.span[1]).toBeLessThanOrEqual(text.length);
          expect(n.span[0]).toBeLessThan(n.span[1]);
          expect(text.slice(n.span[0], n.span[1])).toBe(n.raw);
        }
      }),
      { numRuns: 400 },
    );
  });

  // Kazakh mobile prefixes in the national numbering plan.
  const PREFIXES = ['700', '701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778'];
  const forms: ((p: string, s: string) => string)[] = [
    (p, s) => `+7 (${p}) ${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5)}`,
    (p, s) => `8 ${p} ${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`,
    (p, s) => `8${p}${s}`,
    (p, s) => `7 ${p} ${s}`,
    (p, s) => `+7${p}${s}`,
    (p, s) => `8-${p}-${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5)}`,
    (p, s) => `8 ${p} ${s}`.replace(/0/g, 'O'),
    (p, s) => `8.${p}.${s.slice(0, 3)}.${s.slice(3, 5)}.${s.slice(5)}`,
  ];

  it('round-trips generated Kazakh numbers in every written form inside a message (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PREFIXES),
        fc.stringMatching(/^[1-9]\d{6}$/),
        fc.integer({ min: 0, max: forms.length - 1 }),
        fc.constantFrom('Позвоните по номеру ', 'Call us: ', 'Қоңырау шалыңыз ', ''),
        fc.constantFrom(' срочно.', '!', ' — your bank', ''),
        (prefix, rest, form, before, after) => {
          const written = forms[form]!(prefix, rest);
          const text = `${before}${written}${after}`;
          const found = extractNumbers(text);
          expect(found).toHaveLength(1);
          expect(found[0]!.key).toBe(`+7${prefix}${rest}`);
          expect(found[0]!.kind).toBe('mobile');
          expect(found[0]!.span).toEqual([before.length, before.length + written.length]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each([
    ['звоните О87О1 123 45 67', []],
    ['звоните +О7 701 123 45 67', [['+77011234567', [12, 25]]]],
    ['тел:+7 701 123 45 67', [['+77011234567', [4, 20]]]],
    ['тел 8 7О1 123 45 67О', []],
    ['оо 87011234567 о', [['+77011234567', [3, 14]]]],
    ['a+77011234567', []],
    ['x 7О 87011234567', [['+77011234567', [5, 16]]]],
    ['О+77011234567', []],
  ])('finds runs that start at a digit, a "+" or look-alike zeros around one: %s', (text, want) => {
    expect(extractNumbers(text).map((n) => [n.key, n.span])).toEqual(want);
  });
});
