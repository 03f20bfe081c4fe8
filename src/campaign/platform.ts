// Which platform a publication link is on, recognised from its URL alone (no fetching).
// The institution's own site and the news media list come in as arguments.

export const PLATFORMS = [
  'site',
  'govkz',
  'instagram',
  'facebook',
  'telegram',
  'vk',
  'youtube',
  'tiktok',
  'x',
  'threads',
  'news',
  'other',
] as const;
export type Platform = (typeof PLATFORMS)[number];

export function isPlatform(v: unknown): v is Platform {
  return typeof v === 'string' && (PLATFORMS as readonly string[]).includes(v);
}

const SOCIAL: [Platform, string[]][] = [
  ['instagram', ['instagram.com', 'instagr.am']],
  ['facebook', ['facebook.com', 'fb.com', 'fb.watch']],
  ['telegram', ['t.me', 'telegram.me', 'telegram.dog']],
  ['vk', ['vk.com', 'vk.ru', 'vkvideo.ru']],
  ['youtube', ['youtube.com', 'youtu.be']],
  ['tiktok', ['tiktok.com']],
  ['x', ['x.com', 'twitter.com']],
  ['threads', ['threads.net', 'threads.com']],
];

export interface PlatformContext {
  /** Hosts of the institution's own website(s). */
  siteHosts: string[];
  /** Hosts of news media (data/campaign/news-media.json). */
  newsHosts: string[];
}

/** A http(s) URL with a host, normalized (no fragment), or undefined. */
export function parseLink(raw: string): URL | undefined {
  const text = raw.trim();
  if (text === '' || text.length > 2000 || /\s/.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (!url.hostname.includes('.') || url.username || url.password) return undefined;
  url.hash = '';
  return url;
}

/** The host without "www.", "m." or "mobile." in front, lower case. */
export function bareHost(host: string): string {
  return host.toLowerCase().replace(/\.$/, '').replace(/^(www\d?|m|mobile)\./, '');
}

function within(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

export function hostOf(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const url = parseLink(raw);
  return url ? bareHost(url.hostname) : undefined;
}

export function recognizePlatform(url: URL, ctx: PlatformContext): Platform {
  const host = bareHost(url.hostname);
  if (ctx.siteHosts.some((h) => within(host, bareHost(h)))) return 'site';
  for (const [platform, domains] of SOCIAL) {
    if (domains.some((d) => within(host, d))) return platform;
  }
  if (within(host, 'gov.kz')) return 'govkz';
  if (ctx.newsHosts.some((h) => within(host, bareHost(h)))) return 'news';
  return 'other';
}
