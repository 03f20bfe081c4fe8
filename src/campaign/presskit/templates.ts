// Checks press-kit templates (data/presskit) against their schemas and the placeholders the builder knows.
import { Value } from '@sinclair/typebox/value';
import type { TSchema, Static } from '@sinclair/typebox';
import { SaqbolError } from '../../errors.js';
import { placeholders } from './fill.js';
import { ArticleTemplateSchema, KIT_LANGS, LabelsSchema, PLATFORMS, VariantTemplateSchema } from './types.js';
import type { KitLang, LangTemplates, Platform, PressKitTemplates, VariantTemplate } from './types.js';

/** Values the builder computes from the alert and the options. */
export const DATA_PLACEHOLDERS = [
  'title',
  'scheme',
  'pretexts',
  'whatToDo',
  'whatToDoFirst',
  'hotlines',
  'hotlineNumbers',
  'checkUrl',
  'institution',
  'hashtags',
  'tags',
] as const;

/** What each template file may mention: data values plus the labels (themselves filled first). */
function allowedNames(): Set<string> {
  const labels = Object.keys(LabelsSchema.properties).filter((k) => k !== 'hashtags');
  return new Set<string>([...DATA_PLACEHOLDERS, ...labels, 'count', 'limit']);
}

function parse<S extends TSchema>(schema: S, raw: unknown, where: string): Static<S> {
  if (!Value.Check(schema, raw)) {
    const first = Value.Errors(schema, raw).First();
    throw new SaqbolError('bad_config', { detail: `${where}${first?.path ?? ''}: ${first?.message ?? 'invalid'}` });
  }
  return raw;
}

function checkNames(texts: string[], where: string): void {
  const ok = allowedNames();
  for (const t of texts) {
    for (const name of placeholders(t)) {
      if (!ok.has(name)) throw new SaqbolError('bad_config', { detail: `${where}: unknown placeholder {${name}}` });
    }
  }
}

function variantTexts(v: VariantTemplate): string[] {
  return v.blocks.flatMap((b) => (b.short === undefined ? [b.text] : [b.text, b.short]));
}

/**
 * Parses the raw JSON of every template file: `raw[lang][file]` with files `labels`, `article` and one
 * per platform. Throws `bad_config` naming the file and field when one does not hold.
 */
export function parseTemplates(raw: Record<string, Record<string, unknown>>): PressKitTemplates {
  const out = {} as PressKitTemplates;
  for (const lang of KIT_LANGS) {
    const files = raw[lang] ?? {};
    const labels = parse(LabelsSchema, files.labels, `presskit/${lang}/labels.json`);
    const article = parse(ArticleTemplateSchema, files.article, `presskit/${lang}/article.json`);
    checkNames(Object.values(labels).filter((v): v is string => typeof v === 'string'), `presskit/${lang}/labels.json`);
    checkNames([article.headline, article.lead, ...article.body, article.institutionNote], `presskit/${lang}/article.json`);
    const variants = {} as Record<Platform, VariantTemplate>;
    for (const p of PLATFORMS) {
      const v = parse(VariantTemplateSchema, files[p], `presskit/${lang}/${p}.json`);
      checkNames(variantTexts(v), `presskit/${lang}/${p}.json`);
      variants[p] = v;
    }
    out[lang satisfies KitLang] = { labels, article, variants } satisfies LangTemplates;
  }
  return out;
}
