import { describe, expect, it } from 'vitest';
import { docxText, readZip } from '../report/zip-reader.testkit.js';
import { demoAlert } from './demo-alert.testkit.js';
import { buildPressKit, pressKitDocx } from './index.js';

describe('pressKitDocx', () => {
  it('writes the article and every variant, Kazakh before Russian, with the character counts', async () => {
    const kit = buildPressKit(demoAlert(), { checkUrl: 'https://saqbol.example/check', institutionName: { kk: 'Облыстық тарихи-өлкетану музейі', ru: 'Областной историко-краеведческий музей' } });
    const buf = await pressKitDocx(kit);
    expect(buf.subarray(0, 2).toString()).toBe('PK');
    expect(readZip(buf).has('word/document.xml')).toBe(true);
    const text = docxText(buf);
    const kkAt = text.indexOf(kit.article.kk.headline);
    const ruAt = text.indexOf(kit.article.ru.headline);
    expect(kkAt).toBeGreaterThanOrEqual(0);
    expect(ruAt).toBeGreaterThan(kkAt);
    for (const p of [...kit.article.kk.body, ...kit.article.ru.body]) expect(text).toContain(p);
    for (const v of kit.variants) {
      for (const line of v.text.split('\n')) expect(text, `${v.platform}/${v.lang}`).toContain(line);
    }
    expect(text).toContain('Сайтқа арналған мақала');
    expect(text).toContain('Статья для сайта');
    expect(text).toMatch(/\d+ из 280 знаков/);
    expect(text).toMatch(/4096 таңбаның \d+ таңбасы/);
    expect(text).toContain('Информацию распространяет: Областной историко-краеведческий музей.');
    const rels = readZip(buf).get('word/_rels/document.xml.rels')!.toString('utf8');
    expect(rels).toContain('https://saqbol.example/check');
    // the QR code to Check, once per language
    const media = [...readZip(buf).keys()].filter((k) => k.startsWith('word/media/'));
    expect(media.length).toBeGreaterThanOrEqual(1);
    expect(readZip(buf).get(media[0]!)!.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect((readZip(buf).get('word/document.xml')!.toString('utf8').match(/<pic:pic/g) ?? []).length).toBe(2);
  });
});
