// The reasons a message's links give: an organization's own site is fine; a look-alike, a shortener or any
// other site next to an organization's name is not. Built once per analyzer; it writes into its reason list.
import type { CharTable } from './char-table.js';
import { latinSkeleton } from './char-table.js';
import type { CodeTable } from './code-table.js';
import type { Hit } from './hits.js';
import { brands, HostBook, looksLikeOrg } from './host-facts.js';
import type { RawLexicon } from './lexicon-schema.js';
import type { FoundLink } from './links.js';
import type { ReasonList } from './reason-list.js';
import type { Tokens } from './tokenize.js';
import type { RegistryPort } from './types.js';

export type LinkReasons = (text: string, tokens: Tokens, all: readonly Hit[], links: readonly FoundLink[], claimedNamed: readonly string[], sender?: string) => void;

/** The name a message opens with, as SMS from businesses do ("Sulpak: скидка…"), as senderLabel reads a sender id; '' for none. */
export function headerLabel(text: string): string {
  const colon = text.indexOf(':');
  if (colon < 3 || colon > 24) return '';
  const name = text.slice(0, colon);
  return /^[\p{L}\d .&'-]+$/u.test(name) && /[A-Za-z]/.test(name) ? senderLabel(name) : '';
}

/** Whether a registrable label ("air-astana") spells one of the names `senderLabel` read ('' stands for none). */
function ownSite(registrable: string, ...names: string[]): boolean {
  const label = registrable.replace(/[^a-z0-9]/g, '');
  return label !== '' && names.includes(label);
}

/**
 * An SMS sender id's letters and digits, lower-cased ("AirAstana" → "airastana"); '' for a phone number or an address.
 * A sender that is its site's name ("Kolesa.kz") is read without the zone, as the site's own label is.
 */
export function senderLabel(sender: string | undefined): string {
  if (sender === undefined || sender.includes('@')) return '';
  const label = sender.replace(/\.[A-Za-z]{2,6}$/, '').toLowerCase().replace(/[^a-z0-9]/g, '');
  return /[a-z]/.test(label) && label.length >= 3 ? label : '';
}

/**
 * Whether the link at span is written as a card statement writes a merchant: bare (no scheme, no "www."), in Latin
 * capitals, next to the amount paid, in a text that has lower-case letters elsewhere (in a text written all in
 * capitals, capitals say nothing).
 */
export function merchantName(text: string, span: readonly [number, number]): boolean {
  let upper = 0;
  for (let i = span[0]; i < span[1]; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper++;
  }
  if (upper < 2 || text.startsWith('WWW.', span[0]) || text.startsWith('HTTP', span[0])) return false;
  if (!AMOUNT.test(text.slice(Math.max(0, span[0] - AMOUNT_REACH), span[1] + AMOUNT_REACH))) return false;
  let lower = 0;
  for (let i = 0; i < text.length && lower < LOWER_ELSEWHERE; i++) {
    if (i === span[0]) i = span[1];
    const ch = text.charAt(i);
    if (ch !== ch.toUpperCase()) lower++;
  }
  return lower >= LOWER_ELSEWHERE;
}

/** An amount in a currency, as a statement line gives it ("2 490,00 KZT", "12.99 USD", "45 600 ₸"). */
const AMOUNT = /\d[\d\s.,]*\s?(?:KZT|USD|EUR|RUB|GBP|₸|тг|тенге|теңге|руб)/i;
/** Characters either side of the merchant where its amount is looked for. */
const AMOUNT_REACH = 32;

/** Lower-case letters outside a link that make a text one not written all in capitals. */
const LOWER_ELSEWHERE = 8;

export interface LinkReasonDeps {
  registry: RegistryPort;
  links: RawLexicon['links'];
  table: CharTable;
  codes: CodeTable;
  reasons: ReasonList;
  /** Per reason code, the organization class it claims ("class:bank"), or undefined for a signal. */
  classOf: readonly (string | undefined)[];
}

export function linkReasons(deps: LinkReasonDeps): LinkReasons {
  const { registry, codes, reasons, classOf, table } = deps;
  const hosts = new HostBook((h) => registry.orgByDomain(h), new Set(deps.links.shorteners), new Set(deps.links.neutral), (name) => latinSkeleton(table, name));
  const brandsOf = new Map(registry.organizations().map((o) => [o.id, brands(o)]));
  const LINK_OFFICIAL = codes.id('link.official');
  const LINK_FOREIGN = codes.id('link.foreign');
  const LINK_SHORTENER = codes.id('link.shortener');
  const LINK_LOOKALIKE = codes.id('link.lookalike');
  const LINK_UNKNOWN = codes.id('link.unknown');
  const asksToOpen = codes.ofFamilies(['link_request']);
  return (text, tokens, all, links, claimedNamed, sender) => {
    const own = senderLabel(sender);
    const signed = headerLabel(text);
    const brandWords = new Set<string>();
    for (const h of all) {
      if (classOf[h.code] !== undefined && h.org === undefined && h.from === h.to) brandWords.add(text.slice(tokens.origStart[h.from], tokens.origEnd[h.to]).toLowerCase());
    }
    const opening = all.some((h) => asksToOpen[h.code] === true);
    for (const link of links) {
      const host = hosts.facts(link.host);
      const owner = host.owner;
      if (owner) {
        if (claimedNamed.length === 0 || claimedNamed.includes(owner.id)) reasons.add(LINK_OFFICIAL, link.span);
        else reasons.add(LINK_FOREIGN, link.span);
        continue;
      }
      // a host that spells an organization's own with look-alike letters, whoever the message names
      if (host.imitates) reasons.add(LINK_LOOKALIKE, link.span);
      else if (host.shortener) reasons.add(LINK_SHORTENER, link.span);
      else if (host.neutral) continue;
      else if (looksLikeOrg(host.labels, claimedNamed, brandsOf)) reasons.add(LINK_LOOKALIKE, link.span);
      // "Списание 2 490 KZT NETFLIX.COM", "Purchase … APPLE.COM/BILL": a card statement's merchant, in capitals in a
      // text that is not, is a name to read, not a link to open (unless the message asks to open one).
      else if (host.mainstream && !opening && merchantName(text, link.span)) continue;
      // The brand the message names, on its own plain domain ("DHL … dhl.com"): not a look-alike.
      else if (host.mainstream && brandWords.has(host.registrable)) continue;
      // The site that bears the sender id's own name ("AirAstana" … airastana.com, "ALSECO" … alseco.kz): operators
      // register alphanumeric sender ids to their owners, and a look-alike of a named organization was caught above.
      else if (host.mainstream && ownSite(host.registrable, own, signed)) continue;
      // Only a named organization has official sites to compare with; "a courier" has none.
      else if (claimedNamed.length > 0) reasons.add(LINK_FOREIGN, link.span);
      else reasons.add(LINK_UNKNOWN, link.span);
    }
  };
}
