import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml, extract, telegramPreviewUrl } from './extract.js';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../../../test/fixtures/pages', name), 'utf8');

describe('extract', () => {
  it('reads title, paragraphs and JSON-LD dates (published and modified apart) from the KK page', () => {
    const e = extract(fixture('kk-article.html'), 'https://school7.edu.kz/news/1');
    expect(e.title).toBe('Алаяқтар сізді өздеріне қоңырау шалуға мәжбүрлейді');
    expect(e.paragraphs.some((p) => p.includes('домофонды ауыстыру'))).toBe(true);
    // JSON-LD wins over the article:published_time meta on the same page
    expect(e.dates).toEqual({
      published: '2026-12-03T05:15:00.000Z',
      publishedSource: 'json-ld',
      modified: '2026-12-04T04:00:00.000Z',
      modifiedSource: 'json-ld',
    });
    expect(e.loginWall).toBeNull();
    expect(e.htmlLang).toBe('kk');
    expect(e.paragraphs.join(' ')).not.toContain('schema.org');
  });

  it('falls back to article:published_time, then itemprop, then <time>', () => {
    const ru = extract(fixture('ru-article.html'), 'https://akimat.kz/ru/news/2');
    expect(ru.dates.published).toBe('2026-12-02T09:30:00.000Z');
    expect(ru.dates.publishedSource).toBe('article-meta');
    expect(ru.dates.modifiedSource).toBe('article-meta');
    const none = extract(fixture('no-mention.html'), 'https://x.kz/');
    expect(none.dates.publishedSource).toBe('itemprop');
    const t = extract('<html><body><p>x y</p><time datetime="2026-11-30">30</time></body></html>', 'https://x.kz/');
    expect(t.dates.published).toBe('2026-11-30T00:00:00.000Z');
    expect(t.dates.publishedSource).toBe('time');
    expect(t.dates.modified).toBeNull();
  });

  it('reads the one post of a t.me/s preview, with its own time', () => {
    const e = extract(fixture('tme-preview.html'), 'https://t.me/s/akimat_sko/42');
    expect(e.telegram).toEqual({ post: 'akimat_sko/42' });
    expect(e.paragraphs.join(' ')).toContain('замены домофона');
    expect(e.paragraphs.join(' ')).not.toContain('цифровизации');
    expect(e.dates.published).toBe('2026-12-02T09:30:00.000Z');
  });

  it('detects login walls on Instagram, Facebook and generic sign-in forms', () => {
    expect(extract(fixture('login-wall.html'), 'https://www.instagram.com/accounts/login/?next=/p/x/').loginWall).toMatch(/instagram/);
    expect(extract('<html><body><div id="root"></div></body></html>', 'https://www.facebook.com/akimat/posts/1').loginWall).toMatch(/facebook/);
    expect(extract(fixture('login-wall.html'), 'https://portal.example.kz/login').loginWall).toMatch(/sign-in/);
    expect(extract(fixture('ru-article.html'), 'https://akimat.kz/news/2').loginWall).toBeNull();
  });

  it('decodes windows-1251 from the header or the meta tag', () => {
    const bytes = Buffer.from([0xc7, 0xe0, 0xec, 0xe5, 0xed, 0xe0]); // "Замена"
    expect(decodeHtml(bytes, 'text/html; charset=windows-1251')).toBe('Замена');
    const withMeta = Buffer.concat([Buffer.from('<meta charset="windows-1251">'), bytes]);
    expect(decodeHtml(withMeta, 'text/html')).toContain('Замена');
    expect(decodeHtml(Buffer.from('Сақ бол'), undefined)).toBe('Сақ бол');
  });

  it('rewrites Telegram post links to the public preview', () => {
    expect(telegramPreviewUrl('https://t.me/akimat_sko/42')).toBe('https://t.me/s/akimat_sko/42');
    expect(telegramPreviewUrl('https://telegram.me/akimat_sko/42/')).toBe('https://t.me/s/akimat_sko/42');
    expect(telegramPreviewUrl('https://t.me/s/akimat_sko/42')).toBe('https://t.me/s/akimat_sko/42');
    expect(telegramPreviewUrl('https://t.me/akimat_sko')).toBe('https://t.me/akimat_sko');
    expect(telegramPreviewUrl('https://example.kz/akimat_sko/42')).toBe('https://example.kz/akimat_sko/42');
  });
});
