import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Alert } from '../alert.js';
import { extract } from './extract.js';
import { findTerm, matchAlert, tokens } from './match.js';

const root = join(import.meta.dirname, '../../..');
const demo = JSON.parse(readFileSync(join(root, 'data/demo/alert.json'), 'utf8')) as Alert & { source_url: string };
const alert: Alert = { slug: demo.slug, content: demo.content, hotlines: demo.hotlines, sourceUrl: demo.source_url };
const page = (name: string, url = 'https://x.kz/'): string[] => extract(readFileSync(join(root, 'test/fixtures/pages', name), 'utf8'), url).paragraphs;

describe('tokens', () => {
  it('normalizes case, ё, soft hyphens and Latin look-alikes inside Cyrillic words', () => {
    expect(tokens('ЗАМЕНА ДОМОФОНА')).toEqual(['замена', 'домофона']);
    expect(tokens('счётчиков')).toEqual(['счетчиков']);
    expect(tokens('до\u00admофона')).toEqual(['домофона']);
    expect(tokens('дoмoфoна')).toEqual(['домофона']); // Latin o
    expect(tokens('из‑за')).toEqual(['из', 'за']);
    expect(tokens('hello world')).toEqual(['hello', 'world']);
  });
});

describe('findTerm', () => {
  it('lets inflection and a short gap through, but respects word starts', () => {
    expect(findTerm(tokens('из-за ошибки при авторизации'), 'ошибка в авторизации')).toBe(true);
    expect(findTerm(tokens('проверки счетчиков'), 'проверка счётчиков')).toBe(true);
    expect(findTerm(tokens('переавторизация ошибочна'), 'ошибка в авторизации')).toBe(false);
    expect(findTerm(tokens('замена окон в подъезде, а домофон работает'), 'замена домофона')).toBe(false);
  });
});

describe('matchAlert', () => {
  it('verifies the KK page by Kazakh terms', () => {
    const r = matchAlert(page('kk-article.html'), alert);
    expect(r.verdict).toBe('verified');
    expect(r.matched.filter((m) => m.lang === 'kk').map((m) => m.text)).toEqual(
      expect.arrayContaining(['домофонды ауыстыру', 'есептегіштерді тексеру', 'авторизациялау барысындағы қателік']),
    );
  });

  it('verifies the RU page by Russian terms in other grammatical cases', () => {
    const r = matchAlert(page('ru-article.html'), alert);
    expect(r.verdict).toBe('verified');
    expect(r.matched.map((m) => m.text)).toEqual(expect.arrayContaining(['ошибка в авторизации', 'замена домофона', 'проверка счётчиков']));
    expect(r.reason).toMatch(/ru:замена домофона/);
  });

  it('finds no mention on an unrelated page', () => {
    const r = matchAlert(page('no-mention.html'), alert);
    expect(r.verdict).toBe('none');
    expect(r.matched).toEqual([]);
  });

  it('marks a single term as partial, for a person to look at', () => {
    const r = matchAlert(['Во дворе идёт замена домофона, просим отнестись с пониманием.'], alert);
    expect(r.verdict).toBe('partial');
  });

  it('verifies a page that reproduces a press-kit text', () => {
    const kit = 'Жители области получают сообщения от лжекурьеров: перезвоните нам, иначе посылка вернётся отправителю. Помните, что курьер никогда не просит код.';
    const r = matchAlert(['Внимание! Жители области получают сообщения от лжекурьеров: перезвоните нам, иначе посылка вернётся отправителю.'], alert, ['unrelated text about other things here', kit]);
    expect(r.verdict).toBe('verified');
    expect(r.bestKit?.index).toBe(1);
    expect(r.bestKit?.overlap).toBeGreaterThan(0.33);
  });
});
