// Finds links and bare domain names in a text, with their spans and lower-cased host names.
import { domainToASCII } from 'node:url';
// A linear scan over whitespace-separated chunks: no backtracking regex, so huge inputs stay fast; only
// chunks holding a dot are looked at, found from the dots outwards.

export interface FoundLink {
  host: string;
  span: [number, number];
}

// A bare name ("kaspi-bank.top") counts as a link only with a top-level domain seen in such messages,
// so "т.е.", "1.5" or "file.txt" are not links; with a scheme, "www." or a path after the name
// ("egov-kz.help/vyplata") any top-level domain counts: a name followed by a path is written to be opened.
const BARE_TLDS = new Set(
  ('kz ru com net org info site online top xyz me io cc su uz kg biz pro shop club app link ly gl gd to co in ws live icu vip cn ua by ' +
    'help support click store tech space website fun today world life pw tk ml ga cf gq buzz cyou sbs bond cfd lol work win mobi asia page cloud services digital news one').split(' '),
);
/** A top-level domain as IANA assigns them: letters only (punycode ones start "xn--"). */
const ANY_TLD = /^(?:[a-z]{2,24}|xn--[a-z0-9-]{2,59})$/;
/** Characters that end a chunk: JavaScript's \s (white space and line terminators) and brackets and quotes. */
const BREAK = new Uint8Array(65536);
for (const c of [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) BREAK[c] = 1;
for (let c = 0x2000; c <= 0x200a; c++) BREAK[c] = 1;
for (const ch of '<>"\'«»()[]{}') BREAK[ch.charCodeAt(0)] = 1;
const HOST_CHARS = /^[a-z0-9.-]+$/;
const NON_ASCII = /[^\u0020-\u007e]/;
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
  const len = text.length;
  for (let dot = text.indexOf('.'); dot >= 0; ) {
    let start = dot;
    while (start > 0 && BREAK[text.charCodeAt(start - 1)] === 0) start--;
    let end = dot + 1;
    while (end < len && BREAK[text.charCodeAt(end)] === 0) end++;
    if (end - start <= MAX_CHUNK) {
      const chunk = text.slice(start, end);
      let shape = shapes.get(chunk);
      if (shape === undefined) {
        shape = linkIn(chunk);
        if (shapes.size >= MAX_SHAPES) shapes.clear();
        shapes.set(chunk, shape);
      }
      if (shape !== null) out.push({ host: shape.host, span: [start + shape.lead, start + shape.lead + shape.length] });
    }
    dot = text.indexOf('.', end);
  }
  return out;
}

/** The link in a chunk: where it starts in the chunk, how long it is, its host. */
interface LinkShape {
  lead: number;
  length: number;
  host: string;
}

/**
 * What each chunk holds, remembered: a message's links and dotted words ("Kaspi.kz", "т.е.") come back
 * in message after message. Bounded: a stream of ever-new chunks starts it over.
 */
const shapes = new Map<string, LinkShape | null>();
const MAX_SHAPES = 8192;

/** The link a chunk holds, if any. */
function linkIn(chunk: string): LinkShape | null {
  const lead = /^[^a-z0-9]*/i.exec(chunk)![0].length;
  const body = chunk.slice(lead).replace(/[.,;:!?]+$/u, '');
  const scheme = /^(?:https?:\/\/)/i.exec(body);
  const rest = scheme ? body.slice(scheme[0].length) : body;
  const written = rest.split(/[/?#:]/, 1)[0]!.toLowerCase().replace(/\.$/, '');
  // A host with letters outside ASCII ("kаspi.kz" with a Cyrillic а) is an internationalized name: the browser
  // goes to its ASCII form (xn--…), which is the host.
  const host = NON_ASCII.test(written) ? domainToASCII(written) : written;
  if (!isHost(host)) return null;
  const tld = host.slice(host.lastIndexOf('.') + 1);
  const path = rest.charCodeAt(written.length) === 0x2f && rest.length > written.length + 1;
  if (!scheme && !host.startsWith('www.') && !BARE_TLDS.has(tld) && !(path && ANY_TLD.test(tld))) return null;
  return { lead, length: body.length, host: host.replace(/^www\./, '') };
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
