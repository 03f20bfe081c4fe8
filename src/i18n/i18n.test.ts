import { describe, expect, it } from 'vitest';
import { LANGS, loadResources, pickLang, translator } from './index.js';

function keys(obj: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('i18n', () => {
  it('has the same keys in KK, RU and EN for every namespace', () => {
    const res = loadResources();
    for (const ns of Object.keys(res.en)) {
      const en = keys(res.en[ns]!).sort();
      for (const lang of LANGS) {
        expect(keys(res[lang][ns] ?? {}).sort(), `${lang}/${ns}`).toEqual(en);
      }
    }
  });

  it('translates per language', () => {
    expect(translator('kk').t('nav.check')).not.toBe(translator('ru').t('nav.check'));
    expect(translator('en').list('home:scheme.steps').length).toBeGreaterThan(2);
  });

  it('picks a language from query, cookie, header, then Kazakh', () => {
    expect(pickLang('en', 'ru', 'kk')).toBe('en');
    expect(pickLang(undefined, 'ru', 'en-US')).toBe('ru');
    expect(pickLang('xx', undefined, 'ru-RU,ru;q=0.9')).toBe('ru');
    expect(pickLang(undefined, undefined, 'de-DE')).toBe('kk');
  });
});
