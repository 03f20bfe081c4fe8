// One link's verification: fetch through the guard (Telegram posts via their public preview), read the
// page, render it in Chromium when plain HTML has no text, match it against the alert and the press kit,
// and keep the evidence. Fetching and rendering come in as ports; the clock comes in as an argument.
import { createHash } from 'node:crypto';
import type { Alert } from '../alert.js';
import type { FetchResult, Hop } from './fetch.js';
import { KEPT_HEADERS } from './fetch.js';
import { decodeHtml, extract, telegramPreviewUrl } from './extract.js';
import type { PageDates } from './extract.js';
import { summarizeLangs } from './lang.js';
import type { LangSummary, PageLang } from './lang.js';
import { matchAlert } from './match.js';
import type { KeyTerm } from './match.js';
import type { Renderer } from './render.js';

export const VERIFY_STATUSES = ['verified', 'no_mention', 'unreachable', 'login_wall', 'refused', 'needs_review'] as const;
export type VerifyStatus = (typeof VERIFY_STATUSES)[number];

export interface VerificationResult {
  status: VerifyStatus;
  reason: string;
  requestedUrl: string;
  /** The URL actually fetched (a Telegram post becomes its t.me/s preview). */
  fetchedUrl: string;
  finalUrl: string | null;
  httpStatus: number | null;
  hops: Hop[];
  title: string | null;
  dates: PageDates;
  langs: LangSummary;
  paragraphLangs: PageLang[];
  matched: KeyTerm[];
  kitOverlap: number | null;
  text: string;
  headers: Record<string, string>;
  body: Buffer | null;
  sha256: string | null;
  screenshot: Buffer | null;
  rendered: boolean;
  checkedAt: string;
  ms: number;
}

export interface VerifyDeps {
  fetch: (url: string) => Promise<FetchResult>;
  renderer?: Renderer | undefined;
  /** Take a screenshot for the evidence when Chromium is there (costs a render per check). */
  screenshots?: boolean;
  /** Milliseconds since the epoch. */
  clock: () => number;
}

export interface VerifyInput {
  url: string;
  alert: Alert;
  kitTexts?: string[];
}

const NO_DATES: PageDates = { published: null, publishedSource: null, modified: null, modifiedSource: null };
/** Fewer letters than this and a page is taken to be a script shell that needs a browser. */
const MIN_TEXT = 80;

function textLength(paragraphs: string[]): number {
  return paragraphs.reduce((n, p) => n + p.length, 0);
}

const SOCIAL_WALL = /(^|\.)(instagram\.com|facebook\.com|fb\.com|fb\.watch|threads\.net)$/i;

export async function verifyLink(input: VerifyInput, deps: VerifyDeps): Promise<VerificationResult> {
  const checkedAt = new Date(deps.clock()).toISOString();
  const started = deps.clock();
  const fetchedUrl = telegramPreviewUrl(input.url);
  const base: VerificationResult = {
    status: 'unreachable',
    reason: '',
    requestedUrl: input.url,
    fetchedUrl,
    finalUrl: null,
    httpStatus: null,
    hops: [],
    title: null,
    dates: NO_DATES,
    langs: { shares: {}, main: null, present: [] },
    paragraphLangs: [],
    matched: [],
    kitOverlap: null,
    text: '',
    headers: {},
    body: null,
    sha256: null,
    screenshot: null,
    rendered: false,
    checkedAt,
    ms: 0,
  };
  const done = (r: Partial<VerificationResult> & { status: VerifyStatus; reason: string }): VerificationResult => ({
    ...base,
    ...r,
    ms: Math.max(0, deps.clock() - started),
  });

  const fetched = await deps.fetch(fetchedUrl);
  if (!fetched.ok) {
    if (fetched.kind === 'refused') return done({ status: 'refused', reason: fetched.reason, hops: fetched.hops });
    return done({ status: 'unreachable', reason: fetched.kind === 'unreachable' ? fetched.reason : `${fetched.kind}: ${fetched.reason}`, hops: fetched.hops });
  }
  const headers: Record<string, string> = {};
  for (const k of KEPT_HEADERS) if (fetched.headers[k] !== undefined) headers[k] = fetched.headers[k];
  const evidence = {
    finalUrl: fetched.finalUrl,
    httpStatus: fetched.status,
    hops: fetched.hops,
    headers,
    body: fetched.body,
    sha256: createHash('sha256').update(fetched.body).digest('hex'),
  };
  const finalHost = new URL(fetched.finalUrl).hostname;
  if (fetched.status >= 400) {
    if ((fetched.status === 401 || fetched.status === 403) && SOCIAL_WALL.test(finalHost)) {
      return done({ ...evidence, status: 'needs_review', reason: `login wall: ${finalHost} answered ${fetched.status}; upload a screenshot` });
    }
    return done({ ...evidence, status: 'unreachable', reason: `HTTP ${fetched.status}` });
  }
  const contentType = fetched.headers['content-type'] ?? 'text/html';
  if (!/html|xml|text\/plain/i.test(contentType)) {
    return done({ ...evidence, status: 'needs_review', reason: `not a web page (${contentType.split(';')[0] ?? contentType})` });
  }
  const html = decodeHtml(fetched.body, contentType);
  let page = extract(html, fetched.finalUrl);
  let rendered = false;
  let screenshot: Buffer | null = null;
  const wantShot = deps.screenshots === true && deps.renderer !== undefined;
  if (!page.loginWall && (textLength(page.paragraphs) < MIN_TEXT || wantShot) && deps.renderer) {
    const r = await deps.renderer.render(fetched.finalUrl, { body: fetched.body, contentType }, { screenshot: wantShot });
    if (r.ok) {
      screenshot = r.screenshot;
      const again = extract(r.html, fetched.finalUrl);
      if (textLength(again.paragraphs) > textLength(page.paragraphs)) {
        page = { ...again, dates: page.dates.published || page.dates.modified ? page.dates : again.dates };
        rendered = true;
      }
    }
  }
  const { perParagraph, summary } = summarizeLangs(page.paragraphs);
  const found = {
    ...evidence,
    title: page.title,
    dates: page.dates,
    langs: summary,
    paragraphLangs: perParagraph.map((p) => p.lang),
    text: page.paragraphs.join('\n'),
    screenshot,
    rendered,
  };
  if (page.loginWall) {
    const social = SOCIAL_WALL.test(finalHost);
    return done({ ...found, status: social ? 'needs_review' : 'login_wall', reason: `login wall: ${page.loginWall}${social ? '; upload a screenshot' : ''}` });
  }
  if (textLength(page.paragraphs) === 0) return done({ ...found, status: 'needs_review', reason: 'no text could be read from the page' });
  const m = matchAlert(page.paragraphs, input.alert, input.kitTexts ?? []);
  const matchFields = { matched: m.matched, kitOverlap: m.bestKit ? m.bestKit.overlap : null };
  if (m.verdict === 'verified') return done({ ...found, ...matchFields, status: 'verified', reason: m.reason });
  if (m.verdict === 'partial') return done({ ...found, ...matchFields, status: 'needs_review', reason: m.reason });
  return done({ ...found, ...matchFields, status: 'no_mention', reason: m.reason });
}
