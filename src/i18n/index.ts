// UI strings: i18next over reviewed JSON in data/i18n/<lang>/<namespace>.json (KK, RU, EN).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import type { i18n, TFunction } from 'i18next';
import { DATA_DIR } from '../paths.js';

export const LANGS = ['kk', 'ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(v: unknown): v is Lang {
  return typeof v === 'string' && (LANGS as readonly string[]).includes(v);
}

type Resources = Record<Lang, Record<string, Record<string, unknown>>>;

export function loadResources(dir = join(DATA_DIR, 'i18n')): Resources {
  const out = {} as Resources;
  for (const lang of LANGS) {
    const bundle: Record<string, Record<string, unknown>> = {};
    for (const file of readdirSync(join(dir, lang))) {
      if (!file.endsWith('.json')) continue;
      bundle[file.slice(0, -5)] = JSON.parse(readFileSync(join(dir, lang, file), 'utf8')) as Record<string, unknown>;
    }
    out[lang] = bundle;
  }
  return out;
}

let instance: i18n | undefined;

/** One shared, synchronously initialized i18next instance (resources are local files). */
export function i18n(): i18n {
  if (instance) return instance;
  const resources = loadResources();
  const inst = i18next.createInstance();
  void inst.init({
    resources,
    lng: 'ru',
    fallbackLng: 'en',
    ns: Object.keys(resources.en),
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // views escape at render time
    initAsync: false,
    returnNull: false,
    showSupportNotice: false,
  });
  instance = inst;
  return inst;
}

/** What views and routes use: a string by key, or a list of strings by key, in one language. */
export interface Translator {
  lang: Lang;
  t: (key: string, vars?: Record<string, string | number>) => string;
  list: (key: string) => string[];
}

const translators = new Map<Lang, Translator>();

export function translator(lang: Lang): Translator {
  const cached = translators.get(lang);
  if (cached) return cached;
  const fixed: TFunction = i18n().getFixedT(lang);
  const tr: Translator = {
    lang,
    t: (key, vars) => fixed(key, vars ?? {}),
    list: (key) => {
      const v: unknown = fixed(key, { returnObjects: true });
      return Array.isArray(v) ? v.map(String) : [];
    },
  };
  translators.set(lang, tr);
  return tr;
}

/** Picks the reader's language: explicit choice, then the cookie, then Accept-Language, then Kazakh. */
export function pickLang(query: unknown, cookie: unknown, acceptLanguage: string | undefined): Lang {
  if (isLang(query)) return query;
  if (isLang(cookie)) return cookie;
  if (acceptLanguage) {
    for (const part of acceptLanguage.split(',')) {
      const tag = part.trim().slice(0, 2).toLowerCase();
      if (isLang(tag)) return tag;
    }
  }
  return 'kk';
}
