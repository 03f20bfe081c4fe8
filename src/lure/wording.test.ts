import { describe, expect, it } from 'vitest';
import { lexicon, registry, testAnalyzer } from '../../test/helpers/lure.js';
import { extractNumbers } from '../phones/extract.js';
import { createAnalyzer } from './analyzer.js';
import { buildCharTable } from './char-table.js';
import type { WordingData } from './lexicon-schema.js';
import { Tokenizer } from './tokenize.js';
import { Wording, wordKeys } from './wording.js';

const table = buildCharTable(lexicon.normalize);
const tokenizer = new Tokenizer(table);
const model = (data: Partial<WordingData> = {}): Wording =>
  new Wording({ prefix: 4, scale: 1, down: 100, up: 100, weights: { пере: 2, ошиб: 1, ваш: 0.5, ждем: -1.5, заказ: 9 }, ...data }, table);
const measure = (w: Wording, text: string): { logit: number; lure: string; service: string } => {
  const tokens = tokenizer.run(text);
  const ids = Int32Array.from({ length: tokens.count }, (_, i) => w.featureOf(tokens, i));
  const m = w.measure(tokens, ids);
  const word = (i: number): string => (i < 0 ? '' : text.slice(tokens.origStart[i], tokens.origEnd[i]));
  return { logit: m.logit, lure: word(m.lureWord), service: word(m.serviceWord) };
};

describe('wording', () => {
  it('keys a word by its first folded letters, digits and look-alikes read as letters', () => {
    expect(wordKeys(tokenizer.run('Перезвоните! ОШИБКА 0шибка oшибка 8 701 123 45 67 я'), 4, table)).toEqual(['пере', 'ошиб']);
  });

  it('is the scale times the mean weight of the known words times the square root of their count', () => {
    const m = measure(model(), 'Ошибка: перезвоните, мы ждем звонка');
    expect(m.logit).toBeCloseTo((2 + 1 - 1.5) / Math.sqrt(3));
    expect(m.lure).toBe('перезвоните');
    expect(m.service).toBe('ждем');
    expect(measure(model({ scale: 2 }), 'Ошибка: перезвоните, мы ждем звонка').logit).toBeCloseTo((2 * (2 + 1 - 1.5)) / Math.sqrt(3));
  });

  it('counts a word once however often it comes, and ignores words and numbers it does not know', () => {
    const once = measure(model(), 'перезвоните').logit;
    expect(measure(model(), 'перезвоните перезвоните, ПЕРЕЗВОНИТЕ 87011234567 непонятное слово').logit).toBeCloseTo(once);
    expect(measure(model(), 'совсем другие слова 12345').logit).toBe(0);
    // a key longer than the prefix never matches
    expect(measure(model(), 'заказ').logit).toBe(0);
  });

  it('is the same under the usual evasions', () => {
    const plain = measure(model(), 'Ошибка, перезвоните').logit;
    for (const text of ['0шибка, пeрeзвoнитe', 'ОШИБКА, П Е Р Е З В О Н И Т Е', 'О\u200bшибка, пере\u00adзвоните']) {
      expect(measure(model(), text).logit, text).toBeCloseTo(plain);
    }
  });

  it('stays within its bounds however many words weigh one way', () => {
    expect(measure(model({ down: 0.5 }), 'мы ждем').logit).toBeCloseTo(-0.5);
    expect(measure(model({ up: 1 }), 'Ошибка, перезвоните').logit).toBeCloseTo(1);
  });

  it('adds nothing when its scale is 0', () => {
    expect(measure(model({ scale: 0 }), 'Ошибка, перезвоните').logit).toBe(0);
  });

  it('moves the analyzer\'s score and becomes a reason, with its strongest word as the example', () => {
    const build = (weights: Record<string, number>) =>
      createAnalyzer({ lexicon: { ...lexicon, wording: { prefix: 4, scale: 1, down: 100, up: 100, weights } }, registry, extractNumbers: (t) => extractNumbers(t, 'KZ') });
    const text = 'Это ты на фото? Посмотри';
    const none = build({}).analyze({ text });
    const lure = build({ фото: 3, посм: 1 }).analyze({ text });
    expect(none.reasons.map((r) => r.code)).not.toContain('wording.lure');
    expect(lure.score).toBeGreaterThan(none.score);
    const reason = lure.reasons.find((r) => r.code === 'wording.lure')!;
    expect(reason.text).toBe('фото');
    expect(text.slice(reason.span[0], reason.span[1])).toBe('фото');
    expect(reason.weight).toBeCloseTo(4 / Math.sqrt(2), 2);
    const service = build({ фото: -3 }).analyze({ text });
    expect(service.reasons.find((r) => r.code === 'wording.service')?.text).toBe('фото');
    expect(service.score).toBeLessThan(none.score);
  });

  it('as fitted, cannot clear a clear lure that ordinary words are appended to (the good-word attack)', () => {
    const lure = 'Ваша карта заблокирована. Срочно перезвоните 8 747 318 22 91.';
    const padding =
      ' Спасибо, что выбираете нас! Ваш заказ доставлен в пункт выдачи, ждём вас ежедневно. Хорошего дня, ваша служба доставки.' +
      ' Оцените качество обслуживания в приложении. Запись к врачу подтверждена. Расписание занятий на неделю. Баланс пополнен.' +
      ' Ваш платеж принят. Поздравляем с днём рождения! Собрание жильцов в субботу. Плановые работы по электроснабжению. Ваш рейс задерживается.';
    const analyzer = testAnalyzer();
    expect(analyzer.analyze({ text: lure }).verdict).toBe('danger');
    expect(analyzer.analyze({ text: lure + padding }).verdict).not.toBe('no_signs');
    expect(analyzer.analyze({ text: lure + padding + padding.toUpperCase() }).verdict).not.toBe('no_signs');
  });

  it('has an explanation in every language for both of its reasons', () => {
    for (const code of ['wording.lure', 'wording.service']) {
      for (const lang of ['kk', 'ru', 'en'] as const) expect(lexicon.reasons[code]?.[lang], `${code} ${lang}`).toBeTruthy();
    }
  });

  it('as fitted, holds keys no longer than its prefix and finite weights', () => {
    const { prefix, weights } = lexicon.wording;
    expect(Object.keys(weights).length).toBeGreaterThan(100);
    for (const [k, w] of Object.entries(weights)) {
      expect(k.length).toBeLessThanOrEqual(prefix);
      expect(Number.isFinite(w)).toBe(true);
    }
  });
});
