// Finds links and bare domain names in a text, with their spans and lower-cased host names.
// A linear scan over whitespace-separated chunks: no backtracking regex, so huge inputs stay fast.

export interface FoundLink {
  host: string;
  span: [number, number];
}

// A bare name ("kaspi-bank.top") counts as a link only with a top-level domain seen in such messages,
// so "т.е.", "1.5" or "file.txt" are not links; with a scheme or "www." anything counts.
const BARE_TLDS = new Set(
  'kz ru com net org info site online top xyz me io cc su uz kg biz pro shop club app link ly gl gd to co in ws live icu vip cn ua by'.split(' '),
);
const CHUNK = /[^\s<>"'«»()[\]{}]+/g;
const HOST_CHARS = /^[a-z0-9.-]+$/;
const MAX_CHUNK = 2048;

/** Whether a dot sits between a Latin letter or digit and a Latin letter anywhere: a cheap gate before the scan. */
function mayHaveLink(text: string): boolean {
  for (let i = text.indexOf('.'); i > 0 && i < text.length - 1; i = text.indexOf('.', i + 1)) {
    const before = text.charCodeAt(i - 1) | 0x20;
    const after = text.charCodeAt(i + 1) | 0x20;
    if (((before >= 97 && before <= 122) || (before >= 48 && before <= 57) || before === 0x2d) && after >= 97 && after <= 122) return true;
  }
  return false;
}

export function findLinks(text: string): FoundLink[] {
  if (!mayHaveLink(text)) return [];
  const out: FoundLink[] = [];
  for (const m of text.matchAll(CHUNK)) {
    const chunk = m[0];
    if (!chunk.includes('.') || chunk.length > MAX_CHUNK) continue;
    const lead = /^[^a-z0-9]*/i.exec(chunk)![0].length;
    const body = chunk.slice(lead).replace(/[.,;:!?]+$/u, '');
    const scheme = /^(?:https?:\/\/)/i.exec(body);
    const rest = scheme ? body.slice(scheme[0].length) : body;
    const host = rest.split(/[/?#:]/, 1)[0]!.toLowerCase().replace(/\.$/, '');
    if (!isHost(host)) continue;
    const tld = host.slice(host.lastIndexOf('.') + 1);
    if (!scheme && !host.startsWith('www.') && !BARE_TLDS.has(tld)) continue;
    const start = m.index + lead;
    out.push({ host: host.replace(/^www\./, ''), span: [start, start + body.length] });
  }
  return out;
}

/** The host and each parent domain, most specific first ("a.b.kz" → a.b.kz, b.kz). */
export function hostAndParents(host: string): string[] {
  const parts = host.split('.');
  const out: string[] = [];
  for (let i = 0; i + 2 <= parts.length; i++) out.push(parts.slice(i).join('.'));
  return out;
}

function isHost(host: string): boolean {
  if (!HOST_CHARS.test(host) || !host.includes('.') || host.includes('..')) return false;
  return host.split('.').every((label) => label.length > 0 && !label.startsWith('-') && !label.endsWith('-'));
}

/** "track.dhl.com" → "dhl"; "royalmail.co.uk" → "royalmail". */
export function registrableLabel(host: string): string {
  const parts = host.split('.');
  const second = parts[parts.length - 2] ?? '';
  return ['co', 'com', 'org', 'net', 'gov'].includes(second) && parts.length >= 3 ? parts[parts.length - 3]! : second;
}
