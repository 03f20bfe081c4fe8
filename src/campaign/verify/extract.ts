// Reads a fetched page: charset, title, text paragraphs, publication dates (published and modified kept
// apart, in a fixed order of trust), login walls, and Telegram's public t.me/s preview. Pure.
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';

export type DateSource = 'json-ld' | 'article-meta' | 'itemprop' | 'time';

export interface PageDates {
  published: string | null;
  publishedSource: DateSource | null;
  modified: string | null;
  modifiedSource: DateSource | null;
}

export interface Extracted {
  title: string | null;
  paragraphs: string[];
  dates: PageDates;
  /** Why the page is a login wall, when it is one. */
  loginWall: string | null;
  /** The page is a Telegram preview; `post` is the channel/id that was read, when found. */
  telegram: { post: string | null } | null;
  htmlLang: string | null;
}

/** Decodes the body with the charset from the header, else from <meta>, else UTF-8. */
export function decodeHtml(body: Buffer, contentType: string | undefined): string {
  const fromHeader = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
  const head = body.subarray(0, 2048).toString('latin1');
  const fromMeta = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
  for (const label of [fromHeader, fromMeta, 'utf-8']) {
    if (!label) continue;
    try {
      return new TextDecoder(label.toLowerCase()).decode(body);
    } catch {
      // an unknown label: try the next source
    }
  }
  return body.toString('utf8');
}

/** A t.me/<channel>/<id> post URL read through the public preview, t.me/s/<channel>/<id>; other URLs unchanged. */
export function telegramPreviewUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  if (!/^(www\.)?(t\.me|telegram\.me)$/i.test(url.hostname)) return raw;
  const m = /^\/(?!s\/)([A-Za-z0-9_]{4,64})\/(\d+)\/?$/.exec(url.pathname);
  if (!m) return raw;
  return `https://t.me/s/${m[1]}/${m[2]}`;
}

const BLOCKS = new Set(
  'p h1 h2 h3 h4 h5 h6 li ul ol blockquote pre figcaption figure td th tr table dd dt dl div section article header footer main aside nav caption form fieldset address details summary hr'.split(' '),
);
/** The parts of a parsed node this walk reads (domhandler's shapes). */
interface DomNode {
  type: string;
  data?: string;
  name?: string;
  children?: DomNode[];
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'canvas', 'head']);

/** Text of a subtree with a line break at every block boundary: one walk, no DOM edits. */
function paragraphsOf(root: ReturnType<CheerioAPI>): string[] {
  const parts: string[] = [];
  const walk = (nodes: DomNode[]): void => {
    for (const n of nodes) {
      if (n.type === 'text') parts.push(n.data ?? '');
      else if (n.type === 'tag' || n.type === 'script' || n.type === 'style') {
        const name = (n.name ?? '').toLowerCase();
        if (SKIP.has(name)) continue;
        if (name === 'br') {
          parts.push('\n');
          continue;
        }
        const block = BLOCKS.has(name);
        if (block) parts.push('\n');
        walk(n.children ?? []);
        if (block) parts.push('\n');
      }
    }
  };
  walk(root.toArray());
  const out: string[] = [];
  for (const line of parts.join('').split('\n')) {
    const t = line.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
    if (t.length >= 2) out.push(t);
  }
  return out;
}

function isoOrNull(v: unknown): string | null {
  if (typeof v !== 'string' || v.trim() === '') return null;
  const d = Date.parse(v.trim());
  return Number.isNaN(d) ? null : new Date(d).toISOString();
}

function jsonLdDates($: CheerioAPI): { published: string | null; modified: string | null } {
  let published: string | null = null;
  let modified: string | null = null;
  const visit = (node: unknown, depth: number): void => {
    if (depth > 6 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n, depth + 1);
      return;
    }
    const o = node as Record<string, unknown>;
    published ??= isoOrNull(o.datePublished);
    modified ??= isoOrNull(o.dateModified);
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) if (key in o) visit(o[key], depth + 1);
  };
  $('script[type="application/ld+json"]').each((_i, el) => {
    try {
      visit(JSON.parse($(el).text()) as unknown, 0);
    } catch {
      // broken JSON-LD is common; the next source decides
    }
  });
  return { published, modified };
}

function itempropDate($: CheerioAPI, prop: string): string | null {
  const el = $(`[itemprop="${prop}"]`).first();
  if (el.length === 0) return null;
  return isoOrNull(el.attr('content') ?? el.attr('datetime') ?? el.text());
}

/** Publication dates in order of trust: JSON-LD, then article:*_time, then itemprop, then the first <time>. */
export function extractDates($: CheerioAPI, scope?: ReturnType<CheerioAPI>): PageDates {
  const out: PageDates = { published: null, publishedSource: null, modified: null, modifiedSource: null };
  const set = (kind: 'published' | 'modified', v: string | null, src: DateSource): void => {
    if (v && out[kind] === null) {
      out[kind] = v;
      out[kind === 'published' ? 'publishedSource' : 'modifiedSource'] = src;
    }
  };
  if (scope) {
    // A Telegram post carries its own time; the page around it is a feed of other posts.
    set('published', isoOrNull(scope.find('time[datetime]').first().attr('datetime')), 'time');
    return out;
  }
  const ld = jsonLdDates($);
  set('published', ld.published, 'json-ld');
  set('modified', ld.modified, 'json-ld');
  set('published', isoOrNull($('meta[property="article:published_time"], meta[name="article:published_time"]').first().attr('content')), 'article-meta');
  set('modified', isoOrNull($('meta[property="article:modified_time"], meta[name="article:modified_time"]').first().attr('content')), 'article-meta');
  set('published', itempropDate($, 'datePublished'), 'itemprop');
  set('modified', itempropDate($, 'dateModified'), 'itemprop');
  set('published', isoOrNull($('time[datetime]').first().attr('datetime')), 'time');
  return out;
}

const WALL_HOSTS = /(^|\.)(instagram\.com|facebook\.com|fb\.com|fb\.watch|threads\.net)$/i;

/** A login wall: Instagram/Facebook sending us to sign in, or any page that is little more than a password form. */
export function detectLoginWall($: CheerioAPI, finalUrl: string, paragraphs: string[]): string | null {
  let url: URL | undefined;
  try {
    url = new URL(finalUrl);
  } catch {
    url = undefined;
  }
  const path = url ? `${url.pathname}${url.search}` : '';
  const loginPath = /\/(accounts\/login|login|signin|sign-in|auth)(\/|\?|\.php|$)/i.test(path);
  const password = $('input[type="password"]').length > 0;
  const textLength = paragraphs.reduce((n, p) => n + p.length, 0);
  if (url && WALL_HOSTS.test(url.hostname)) {
    if (loginPath || password) return `${url.hostname} asks to sign in`;
    // Both serve a script shell without the post's text to visitors who are not signed in.
    if (textLength < 200) return `${url.hostname} shows no content without signing in`;
  }
  if (password && (loginPath || textLength < 400)) return 'the page is a sign-in form';
  return null;
}

export function extract(html: string, finalUrl: string): Extracted {
  // htmlparser2 rather than parse5: four times faster, and forgiving enough for reading text and metadata.
  // Scripts, styles and the like stay in the tree; the text walk skips them.
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
  const htmlLang = $('html').attr('lang') ?? null;
  const title =
    $('meta[property="og:title"]').attr('content')?.trim() ?? ($('title').first().text().trim() || $('h1').first().text().trim() || null);

  let telegram: Extracted['telegram'] = null;
  let paragraphs: string[];
  let dates: PageDates;
  const messages = $('.tgme_widget_message');
  if (messages.length > 0) {
    const m = /\/s\/([A-Za-z0-9_]+)\/(\d+)/.exec(new URL(finalUrl, 'http://x').pathname);
    const post = m ? `${m[1]}/${m[2]}` : null;
    const own = post ? messages.filter((_i, el) => $(el).attr('data-post') === post) : messages.last();
    const scope = own.length > 0 ? own.first() : messages.last();
    telegram = { post: own.length > 0 ? post : null };
    paragraphs = paragraphsOf(scope.find('.tgme_widget_message_text'));
    dates = extractDates($, scope);
  } else {
    const body = $('body');
    dates = extractDates($);
    paragraphs = paragraphsOf(body.length > 0 ? body : $.root());
  }
  const loginWall = telegram ? null : detectLoginWall($, finalUrl, paragraphs);
  return { title: title === '' ? null : title, paragraphs, dates, loginWall, telegram, htmlLang };
}
