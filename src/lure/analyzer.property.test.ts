// Properties of the analyzer over generated input: it never throws, spans always point into the text,
// and the usual evasions (look-alike letters, invisible characters, spaced letters, digits for
// letters, case) do not change the verdict.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer();

const LURES = [
  'Ваша карта заблокирована. Срочно перезвоните по номеру 8 747 201 33 90',
  'Уважаемый клиент! Зафиксирована ошибка авторизации в мобильном банке. Перезвоните 8 708 441 90 12',
  'КСК информирует: замена домофона. Для получения новых ключей позвоните 8 747 221 09 34',
  'Поверка счетчиков воды обязательна! Звоните 8 701 776 34 11, иначе штраф',
  'Картаңыз бұғатталды. Қайта қоңырау шалыңыз: 8 701 555 44 33',
  'Сәлемдемеңіз жеткізілмеді. Мекенжайды нақтылау үшін 8 708 229 61 40 нөміріне қоңырау шалыңыз',
  'Your card has been blocked due to suspicious activity. Call us back on 8 747 333 20 18 immediately',
  'Your parcel could not be delivered. Please call back 8 708 112 40 66 to confirm your address',
];
const LEGIT = [
  'Код для входа: 4821. Никому не сообщайте этот код.',
  'Уважаемые жильцы! Завтра с 9:00 до 17:00 отключение горячей воды. Председатель ОСИ.',
  'Сантехниктің нөмірін жіберші, краннан тағы су ағып тұр',
  'Running late, see you at the cafe at seven',
];

const CYR_TO_LAT: Record<string, string> = { а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x', у: 'y', к: 'k' };
const LAT_TO_CYR: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у' };
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];

type Evasion = (word: string, rnd: () => number) => string;

/** Swaps fewer than half of a word's letters for look-alikes of the other script (so the word's script is kept). */
const lookAlikes: Evasion = (word, rnd) => {
  const chars = Array.from(word);
  const budget = Math.floor((chars.length - 1) / 2);
  let used = 0;
  return chars
    .map((ch) => {
      const lower = ch.toLowerCase();
      const swap = CYR_TO_LAT[lower] ?? LAT_TO_CYR[lower];
      if (swap && used < budget && rnd() < 0.5) {
        used++;
        return ch === lower ? swap : swap.toUpperCase();
      }
      return ch;
    })
    .join('');
};
const invisible: Evasion = (word, rnd) =>
  Array.from(word).map((ch, i) => (i > 0 && rnd() < 0.3 ? INVISIBLE[Math.floor(rnd() * INVISIBLE.length)]! + ch : ch)).join('');
const spaced: Evasion = (word) => Array.from(word).join(' ');
const zeroForO: Evasion = (word) => (/^[а-яё]{4,}$/i.test(word) ? word.replace(/о(?=.)/, '0') : word);
const caseFlip: Evasion = (word, rnd) => Array.from(word).map((ch) => (rnd() < 0.5 ? ch.toUpperCase() : ch.toLowerCase())).join('');

/** Fewer than half of a word's letters swapped for Greek look-alikes ("заблοкирована"). */
const GREEK: Record<string, string> = { о: 'ο', а: 'α', е: 'ε', р: 'ρ', к: 'κ', т: 'τ', х: 'χ', o: 'ο', a: 'α', e: 'ε', p: 'ρ', k: 'κ', t: 'τ', x: 'χ' };
const greek: Evasion = (word, rnd) => {
  const chars = Array.from(word);
  const budget = Math.floor((chars.length - 1) / 2);
  let used = 0;
  return chars.map((ch) => (GREEK[ch] !== undefined && used < budget && rnd() < 0.5 ? (used++, GREEK[ch]) : ch)).join('');
};
/** Latin letters in their fullwidth forms ("ｋａｓｐｉ"). */
const fullwidth: Evasion = (word) => word.replace(/[A-Za-z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x21 + 0xff01));

const EVASIONS = { lookAlikes, invisible, spaced, zeroForO, caseFlip, greek, fullwidth };

/** Digits written to pass filters that look for 0-9: fullwidth, circled, or as keycap emoji. */
const DIGIT_FORMS: ((d: number) => string)[] = [
  (d) => String.fromCharCode(0xff10 + d),
  (d) => (d === 0 ? '\u24ea' : String.fromCharCode(0x2460 + d - 1)),
  (d) => `${d}\ufe0f\u20e3`,
];

/**
 * Applies an evasion to some letter-only words. Spacing is applied to one word of four or more letters
 * (as in "п е р е з в о н и т е"), away from one-letter neighbours: several evenly spaced words in a
 * row lose their boundaries, and the analyzer then looks for stems inside the joined letters instead.
 */
function evade(text: string, evasion: Evasion, seed: number): string {
  let s = seed >>> 0 || 1;
  const rnd = (): number => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
  const words = text.split(' ');
  if (evasion === spaced) {
    const eligible = words
      .map((w, i) => i)
      .filter((i) => /^\p{L}{4,}$/u.test(words[i]!) && ![words[i - 1], words[i + 1]].some((n) => n !== undefined && /^\p{L}$/u.test(n)));
    if (eligible.length === 0) return text;
    const pick = eligible[Math.floor(rnd() * eligible.length)]!;
    return words.map((w, i) => (i === pick ? spaced(w, rnd) : w)).join(' ');
  }
  return words.map((w) => (!/^\p{L}{2,}$/u.test(w) || rnd() < 0.4 ? w : evasion(w, rnd))).join(' ');
}

const anyUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 400 }).map((codes) => String.fromCharCode(...codes));
const fragments = fc.constantFrom(...LURES, ...LEGIT, '🙂🔥', 'مرحبا بك', 'שלום', '\u202e', '\ud800', '\udfff', 'kaspi-help.top', '8 (747) 201-33-90', '\u0000');

describe('analyzer properties', () => {
  it('never throws and keeps every span inside the text, for any string', () => {
    fc.assert(
      fc.property(fc.oneof(anyUnits, fc.string({ unit: 'binary', maxLength: 300 }), fc.array(fc.oneof(fragments, anyUnits), { maxLength: 12 }).map((p) => p.join(' '))), (text) => {
        const r = analyzer.analyze({ text });
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(1);
        for (const reason of r.reasons) {
          const [a, b] = reason.span;
          expect(a).toBeGreaterThanOrEqual(0);
          expect(b).toBeLessThanOrEqual(text.length);
          expect(a).toBeLessThanOrEqual(b);
          if (b > a) expect(text.slice(a, b)).toBe(reason.text);
        }
        for (const n of r.numbers) {
          expect(n.span[0]).toBeGreaterThanOrEqual(0);
          expect(n.span[1]).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('handles a huge text', () => {
    const huge = `${LURES[0]!} `.repeat(20_000) + 'a.'.repeat(50_000) + '\ud800'.repeat(1000);
    const r = analyzer.analyze({ text: huge, sender: '\udfff' });
    expect(r.verdict).toBe('danger');
    for (const reason of r.reasons) expect(reason.span[1]).toBeLessThanOrEqual(huge.length);
  });

  it('gives the same verdict under each evasion', () => {
    for (const [name, evasion] of Object.entries(EVASIONS)) {
      fc.assert(
        fc.property(fc.constantFrom(...LURES, ...LEGIT), fc.integer(), (text, seed) => {
          const want = analyzer.analyze({ text }).verdict;
          const evaded = evade(text, evasion, seed);
          expect(analyzer.analyze({ text: evaded }).verdict, `${name}: ${evaded}`).toBe(want);
        }),
        { numRuns: 150 },
      );
    }
  });

  it('reads the same numbers and gives the same verdict when digits are written in other forms', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LURES), fc.constantFrom(...DIGIT_FORMS), (text, form) => {
        const want = analyzer.analyze({ text });
        const evaded = text.replace(/[0-9]/g, (d) => form(Number(d)));
        const got = analyzer.analyze({ text: evaded });
        expect(got.verdict, evaded).toBe(want.verdict);
        expect(got.numbers.map((n) => n.key), evaded).toEqual(want.numbers.map((n) => n.key));
        for (const n of got.numbers) expect(evaded.slice(n.span[0], n.span[1])).toBe(n.raw);
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same verdict under evasions stacked together', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LURES), fc.integer(), fc.integer(), (text, s1, s2) => {
        const want = analyzer.analyze({ text }).verdict;
        const evaded = evade(evade(evade(text, lookAlikes, s1), invisible, s2), caseFlip, s1 ^ s2);
        expect(analyzer.analyze({ text: evaded }).verdict, evaded).toBe(want);
      }),
      { numRuns: 200 },
    );
  });

  it('sees every sample lure as dangerous and every sample legitimate message as clean', () => {
    for (const text of LURES) expect(analyzer.analyze({ text }).verdict, text).toBe('danger');
    for (const text of LEGIT) expect(analyzer.analyze({ text }).verdict, text).toBe('no_signs');
  });
});
