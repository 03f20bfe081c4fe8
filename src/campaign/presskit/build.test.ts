import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Alert } from '../alert.js';
import { HOTLINE_WINDOW, buildPressKitWith, hotlinesEarly } from './build.js';
import { demoAlert } from './demo-alert.testkit.js';
import { LIMITS, platformLength, xLength } from './length.js';
import { loadPressKitTemplates } from './load-templates.js';
import { buildPressKit } from './index.js';
import { parseTemplates } from './templates.js';
import { PLATFORMS } from './types.js';
import type { PressKit } from './types.js';

const CHECK = 'https://saqbol.example/check?utm_source=presskit&utm_medium=institution&utm_campaign=callback-lure-2025';
const INST = { kk: 'Облыстық балалар кітапханасы', ru: 'Областная детская библиотека' };

function assertKit(kit: PressKit, alert: Alert): void {
  expect(kit.variants).toHaveLength(PLATFORMS.length * 2);
  for (const lang of ['kk', 'ru'] as const) {
    for (const platform of PLATFORMS) {
      const v = kit.variants.find((x) => x.lang === lang && x.platform === platform);
      expect(v, `${platform}/${lang}`).toBeDefined();
      expect(v!.limit).toBe(LIMITS[platform]);
      if (v!.limit !== null) expect(platformLength(platform, v!.text), `${platform}/${lang} length`).toBeLessThanOrEqual(v!.limit);
      expect(hotlinesEarly(v!.text, alert.hotlines.map((h) => h.number)), `${platform}/${lang} hotlines: ${v!.text.slice(0, HOTLINE_WINDOW)}`).toBe(true);
    }
  }
}

describe('buildPressKit on the demo alert', () => {
  const alert = demoAlert();
  const kit = buildPressKit(alert, { checkUrl: CHECK, institutionName: INST });

  it('keeps every variant within its limit and every hotline within the first 120 characters, in both languages', () => {
    assertKit(kit, alert);
    // Kazakh first, then Russian
    expect(kit.variants[0]!.lang).toBe('kk');
    expect(kit.variants.at(-1)!.lang).toBe('ru');
  });

  it('writes the article from the alert in each language', () => {
    expect(kit.article.kk.headline).toBe(alert.content.kk.title);
    expect(kit.article.ru.headline).toBe(alert.content.ru.title);
    expect(kit.article.ru.body[0]).toBe(alert.content.ru.scheme);
    expect(kit.article.ru.body.join(' ')).toContain('«ошибка в авторизации», «замена домофона» или «проверка счётчиков»');
    expect(kit.article.kk.body.join(' ')).toContain('«домофонды ауыстыру» немесе «есептегіштерді тексеру»');
    expect(kit.article.kk.body.join(' ')).toContain(CHECK);
    expect(kit.article.ru.whatToDo).toEqual(alert.content.ru.whatToDo);
    expect(kit.article.kk.hotlines).toEqual(['102 — Полиция', '1414 — Электрондық үкімет байланыс орталығы']);
    expect(kit.article.ru.institutionNote).toBe('Информацию распространяет: Областная детская библиотека.');
    expect(kit.article.kk.lead).toMatch(/[әғқңөұүһі]/);
  });

  it('gives long platforms the full text and short ones the essentials', () => {
    const tg = kit.variants.find((v) => v.platform === 'telegram' && v.lang === 'ru')!;
    expect(tg.text).toContain(alert.content.ru.scheme);
    for (const step of alert.content.ru.whatToDo) expect(tg.text).toContain(step);
    expect(tg.text).toContain(CHECK);
    expect(tg.text).toContain('Областная детская библиотека');
    const ig = kit.variants.find((v) => v.platform === 'instagram' && v.lang === 'kk')!;
    expect(ig.text).toContain('#СақБол');
    expect(ig.text.match(/#\S+/g)!.length).toBeLessThanOrEqual(30);
    const x = kit.variants.find((v) => v.platform === 'x' && v.lang === 'kk')!;
    expect(x.text).toContain(CHECK); // long URL, yet within 280 because X counts it as 23
    expect(x.text.length).toBeGreaterThan(0);
    const sms = kit.variants.find((v) => v.platform === 'sms' && v.lang === 'ru')!;
    expect(sms.text.startsWith('Внимание, мошенники!')).toBe(true);
  });

  it('leaves the institution out when none is given', () => {
    const plain = buildPressKit(alert, { checkUrl: CHECK });
    expect(plain.article.ru.institutionNote).toBeUndefined();
    expect(plain.institutionName).toBeUndefined();
    for (const v of plain.variants) expect(v.text).not.toContain('Информацию распространяет');
  });
});

describe('fitting', () => {
  const templates = loadPressKitTemplates();
  const base = demoAlert();

  it('drops optional parts, then cuts, when the alert is far longer than a platform allows', () => {
    const long = 'Очень длинное описание схемы. '.repeat(300);
    const alert: Alert = {
      ...base,
      content: {
        kk: { ...base.content.kk, title: 'Ұзақ тақырып '.repeat(20), scheme: long },
        ru: { ...base.content.ru, title: 'Очень длинный заголовок '.repeat(20), scheme: long },
      },
    };
    const kit = buildPressKitWith(templates, alert, { checkUrl: CHECK, institutionName: INST });
    assertKit(kit, alert);
    const tg = kit.variants.find((v) => v.platform === 'telegram' && v.lang === 'ru')!;
    expect(tg.text).not.toContain(long); // 9000 characters cannot stay in a 4096 message
    // the hotlines moved ahead of the oversized title
    expect(tg.text.startsWith('☎️')).toBe(true);
  });

  it('holds for any alert text (property)', () => {
    const text = fc.string({ minLength: 1, maxLength: 400, unit: fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі ABC.,!—«»😀\n'.split('')) });
    fc.assert(
      fc.property(text, text, fc.array(text, { minLength: 1, maxLength: 6 }), fc.webUrl(), (title, scheme, steps, url) => {
        const content = { title, scheme, pretexts: steps.slice(0, 3), whatToDo: steps };
        const alert: Alert = { ...base, content: { kk: content, ru: content } };
        assertKit(buildPressKitWith(templates, alert, { checkUrl: url }), alert);
      }),
      { numRuns: 150 },
    );
  });
});

describe('lengths', () => {
  it('counts an X link as 23 whatever its length, and symbols outside Latin/Cyrillic as 2', () => {
    expect(xLength('abc')).toBe(3);
    expect(xLength('Сақ бол')).toBe(7);
    expect(xLength(`see ${CHECK}`)).toBe(4 + 23);
    expect(xLength('http://a.kz')).toBe(23);
    expect(xLength('😀')).toBe(2);
    expect(xLength('中文')).toBe(4);
  });
});

describe('templates', () => {
  it('rejects a template with an unknown placeholder or a missing file, naming it', () => {
    const good = loadPressKitTemplates();
    const raw = (t: typeof good): Record<string, Record<string, unknown>> => JSON.parse(JSON.stringify({ kk: { ...t.kk, ...t.kk.variants }, ru: { ...t.ru, ...t.ru.variants } })) as Record<string, Record<string, unknown>>;
    const bad = raw(good);
    (bad.ru!.x as { blocks: { text: string }[] }).blocks.push({ text: '{price}' });
    expect(() => parseTemplates(bad)).toThrow(/presskit\/ru\/x\.json: unknown placeholder \{price\}/);
    const missing = raw(good);
    delete missing.kk!.sms;
    expect(() => parseTemplates(missing)).toThrow(/presskit\/kk\/sms\.json/);
    expect(() => parseTemplates(raw(good))).not.toThrow();
  });
});
