// Builds the press kit from an alert and the templates: a site article and one text per platform and
// language, each within its platform's limit, with the hotlines near the top. Pure: no file, no clock.
import type { Alert } from '../alert.js';
import { fill, fitBlocks } from './fill.js';
import type { Values } from './fill.js';
import { LIMITS, platformLength } from './length.js';
import { KIT_LANGS, PLATFORMS } from './types.js';
import type { ArticleText, Block, KitLang, Labels, PressKit, PressKitOptions, PressKitTemplates, PressKitVariant } from './types.js';

/** Every hotline number must be readable in a preview, which shows about this many characters. */
export const HOTLINE_WINDOW = 120;

function joinList(items: string[], or: string): string {
  const quoted = items.map((p) => `«${p}»`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${or} ${quoted[quoted.length - 1]!}`;
}

/** The values templates can mention, in one language; labels are filled with the data values first. */
export function kitValues(alert: Alert, lang: KitLang, labels: Labels, opts: { checkUrl: string; institutionName?: { kk: string; ru: string } | undefined }): Values {
  const text = alert.content[lang];
  const data: Record<string, string | undefined> = {
    title: text.title,
    scheme: text.scheme,
    pretexts: text.pretexts.length > 0 ? joinList(text.pretexts, labels.or) : undefined,
    whatToDo: text.whatToDo.length > 0 ? text.whatToDo.map((s) => `• ${s}`).join('\n') : undefined,
    whatToDoFirst: text.whatToDo[0],
    hotlines: alert.hotlines.length > 0 ? alert.hotlines.map((h) => `${h.number} — ${h.label[lang]}`).join('\n') : undefined,
    hotlineNumbers: alert.hotlines.length > 0 ? alert.hotlines.map((h) => h.number).join(', ') : undefined,
    checkUrl: opts.checkUrl,
    institution: opts.institutionName?.[lang],
    hashtags: labels.hashtags.join(' '),
    tags: labels.hashtags.slice(0, 2).join(' '),
  };
  for (const [key, value] of Object.entries(labels)) {
    if (typeof value === 'string') data[key] = fill(value, data) ?? undefined;
  }
  return data;
}

/** True when every hotline number ends within the first `window` characters of `text`. */
export function hotlinesEarly(text: string, numbers: string[], window = HOTLINE_WINDOW): boolean {
  return numbers.every((n) => {
    const at = text.indexOf(n);
    return at >= 0 && at + n.length <= window;
  });
}

function buildArticle(alert: Alert, lang: KitLang, tpl: PressKitTemplates[KitLang], values: Values, checkUrl: string): ArticleText {
  const article: ArticleText = {
    headline: fill(tpl.article.headline, values) ?? alert.content[lang].title,
    lead: fill(tpl.article.lead, values) ?? '',
    body: tpl.article.body.map((p) => fill(p, values)).filter((p): p is string => p !== null),
    whatToDo: [...alert.content[lang].whatToDo],
    hotlines: alert.hotlines.map((h) => `${h.number} — ${h.label[lang]}`),
    checkUrl,
  };
  const note = fill(tpl.article.institutionNote, values);
  if (note !== null) article.institutionNote = note;
  return article;
}

function buildVariant(alert: Alert, lang: KitLang, platform: PressKitVariant['platform'], tpl: PressKitTemplates[KitLang], values: Values): PressKitVariant {
  const limit = LIMITS[platform];
  const measure = (s: string): number => platformLength(platform, s);
  const { separator, blocks } = tpl.variants[platform];
  let text = fitBlocks(blocks, separator, values, limit, measure);
  const numbers = alert.hotlines.map((h) => h.number);
  if (!hotlinesEarly(text, numbers)) {
    // The template put the hotlines too far down (or the title is very long): lead with them.
    const isHotline = (b: Block): boolean => /\{(hotlineShort|hotlineNumbers)\}/.test(b.text);
    const lead: Block = blocks.find(isHotline) ?? { text: '☎️ {hotlineShort}' };
    text = fitBlocks([{ text: lead.text }, ...blocks.filter((b) => b !== lead)], separator, values, limit, measure);
  }
  return { platform, lang, text, limit };
}

/** The press kit from the given templates (see buildPressKit for the reviewed ones in data/). */
export function buildPressKitWith(templates: PressKitTemplates, alert: Alert, opts: PressKitOptions): PressKit {
  const article = {} as PressKit['article'];
  const labels = {} as PressKit['labels'];
  const variants: PressKitVariant[] = [];
  for (const lang of KIT_LANGS) {
    const tpl = templates[lang];
    const values = kitValues(alert, lang, tpl.labels, opts);
    article[lang] = buildArticle(alert, lang, tpl, values, opts.checkUrl);
    labels[lang] = tpl.labels;
    for (const platform of PLATFORMS) variants.push(buildVariant(alert, lang, platform, tpl, values));
  }
  const kit: PressKit = { article, variants, labels, checkUrl: opts.checkUrl };
  if (opts.institutionName) kit.institutionName = { ...opts.institutionName };
  return kit;
}
