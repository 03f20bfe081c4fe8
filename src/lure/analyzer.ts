// The lure analyzer: text (+ sender) → verdict, score, language, reasons with spans, numbers and advice.
// Pure: the lexicon, the registry and the number extractor come in; nothing is read from disk or clock.
import type { Organization } from '../phones/types.js';
import type { PhraseMatch } from './automaton.js';
import type { CompiledLexicon } from './compile.js';
import { compileLexicon } from './compile.js';
import { decideLang } from './lang.js';
import type { RawLexicon } from './lexicon-schema.js';
import { findLinks, hostAndParents } from './links.js';
import { createScorer } from './score.js';
import * as tokenize from './tokenize.js';
import type { LureInput, LureNumber, LureResult, NumberExtractor, Reason, RegistryPort } from './types.js';

export interface AnalyzerDeps {
  lexicon: RawLexicon;
  registry: RegistryPort;
  extractNumbers: NumberExtractor;
}

export interface Analyzer {
  analyze(input: LureInput): LureResult;
  readonly lexicon: CompiledLexicon;
}

const { Tokenizer } = tokenize;
const SCRIPT_CYR = tokenize.SCRIPT_CYR;
const SCRIPT_LAT = tokenize.SCRIPT_LAT;
const PROTECTIVE = 'protective';
/** Up to this many hits, overlaps are found by comparing pairs. */
const SMALL = 48;
const MAINSTREAM_TLDS = new Set(['com', 'kz', 'ru', 'org', 'net', 'uk']);

/** "track.dhl.com" → "dhl"; "royalmail.co.uk" → "royalmail". */
function registrableLabel(host: string): string {
  const parts = host.split('.');
  const second = parts[parts.length - 2] ?? '';
  return ['co', 'com', 'org', 'net', 'gov'].includes(second) && parts.length >= 3 ? parts[parts.length - 3]! : second;
}
const CALL_VERB = 'call_verb';
const CALLBACK = 'callback';
/** How close (in UTF-16 units) a call verb and a number must be to read as "call this number". */
const NEAR = 40;
const LANG_KK = 'lang.kk';
const LANG_RU = 'lang.ru';
/** Codes that describe the message's form rather than a signal; never reasons. */
const isMarker = (code: string): boolean => code.startsWith('lang.');

interface Hit {
  code: string;
  from: number;
  to: number;
  org?: string;
}

export function createAnalyzer(deps: AnalyzerDeps): Analyzer {
  const { registry, extractNumbers } = deps;
  const orgs = registry.organizations();
  const compiled = compileLexicon(deps.lexicon, orgs);
  const { table, automaton } = compiled;
  const tokenizer = new Tokenizer(table);
  const scorer = createScorer(deps.lexicon.scoring);
  const shorteners = new Set(deps.lexicon.links.shorteners);
  const neutral = new Set(deps.lexicon.links.neutral);
  const advice = deps.lexicon.advice;
  const orgById = new Map(orgs.map((o) => [o.id, o]));
  const matches: PhraseMatch[] = [];

  function orgOfHost(host: string): Organization | undefined {
    for (const h of hostAndParents(host)) {
      const o = registry.orgByDomain(h);
      if (o) return o;
    }
    return undefined;
  }

  function analyze(input: LureInput): LureResult {
    const text = input.text;
    const tokens = tokenizer.run(text);
    const n = tokens.count;
    const cand = automaton.wordIds(tokens, table.digitCyr, table.digitLat);
    matches.length = 0;
    automaton.phrases(cand, n, matches);

    let kkMarkers = 0;
    let ruMarkers = 0;
    const hits: Hit[] = [];
    const protect: Hit[] = [];
    for (const m of matches) {
      const code = m.phrase.code;
      if (code === LANG_KK) kkMarkers++;
      else if (code === LANG_RU) ruMarkers++;
      if (isMarker(code)) continue;
      const hit: Hit = { code, from: m.firstToken, to: m.lastToken };
      if (m.phrase.org !== undefined) hit.org = m.phrase.org;
      (code === PROTECTIVE ? protect : hits).push(hit);
    }
    // A protective phrase ("никому не сообщайте код") swallows the request words inside it.
    const kept = protect.length === 0 ? hits : outside(hits, protect, n);
    const all = widest(kept.concat(protect), n);

    const reasons: Reason[] = [];
    const codes = new Set<string>();
    const seen = new Set<string>();
    const claimed = new Set<string>();
    const claimedNamed = new Set<string>();
    const add = (code: string, span: [number, number]): void => {
      codes.add(code);
      // One reason per code and wording: "Kaspi" twice is one claim.
      const key = `${code}@${span[1] > span[0] ? text.slice(span[0], span[1]).toLowerCase() : ''}`;
      if (seen.has(key)) return;
      seen.add(key);
      reasons.push({ code, weight: scorer.weight(code), span, text: span[1] > span[0] ? text.slice(span[0], span[1]) : (input.sender ?? '') });
    };
    const brandWords = new Set<string>();
    for (const h of all) {
      if (h.code.startsWith('org.')) {
        if (h.org !== undefined) {
          claimed.add(h.org);
          claimedNamed.add(h.org);
        } else {
          claimed.add(`class:${h.code.slice(4)}`);
          if (h.from === h.to) brandWords.add(text.slice(tokens.origStart[h.from], tokens.origEnd[h.to]).toLowerCase());
        }
      }
    }

    // Numbers: only worth parsing when the text has enough digits to hold one.
    const found = countDigits(text) >= 3 ? extractNumbers(text) : [];
    // A call verb next to a number ("Call 0800…", "8 747… нөміріне хабарласыңыз") is a call-back request.
    const nearNumber = (from: number, to: number): boolean => numberNear(found, from, to) || digitRunAfter(text, to);
    for (const h of all) {
      const span: [number, number] = [tokens.origStart[h.from]!, tokens.origEnd[h.to]!];
      add(h.code === CALL_VERB && nearNumber(span[0], span[1]) ? CALLBACK : h.code, span);
    }

    // Links: an organization's own site is fine; anything else next to its name is not.
    const links = findLinks(text);
    for (const link of links) {
      const owner = orgOfHost(link.host);
      if (owner) {
        if (claimedNamed.size === 0 || claimedNamed.has(owner.id)) add('link.official', link.span);
        else add('link.foreign', link.span);
        continue;
      }
      const base = hostAndParents(link.host);
      if (base.some((h) => shorteners.has(h))) add('link.shortener', link.span);
      else if (base.some((h) => neutral.has(h))) continue;
      else if (looksLikeOrg(link.host, claimedNamed, orgById)) add('link.lookalike', link.span);
      // The brand the message names, on its own plain domain ("DHL … dhl.com"): not a look-alike.
      else if (brandWords.has(registrableLabel(link.host)) && MAINSTREAM_TLDS.has(link.host.slice(link.host.lastIndexOf('.') + 1))) continue;
      // Only a named organization has official sites to compare with; "a courier" has none.
      else if (claimedNamed.size > 0) add('link.foreign', link.span);
      else add('link.unknown', link.span);
    }

    const numbers: LureNumber[] = [];
    for (const num of found) {
      const officialFor = [...new Set(registry.lookup(num.key).map((m) => m.org.id))];
      numbers.push({ ...num, officialFor });
      if (officialFor.length > 0 && (claimedNamed.size === 0 || officialFor.some((id) => claimedNamed.has(id)))) {
        add('number.official', num.span);
      } else if (claimed.size > 0 || officialFor.length > 0) add('number.unofficial', num.span);
      else add('number.unknown', num.span);
    }

    if (input.sender !== undefined && input.sender.trim() !== '') {
      const senderOrgs = registry.orgsBySenderId(input.sender.trim());
      if (senderOrgs.length > 0) {
        if (claimedNamed.size === 0 || senderOrgs.some((o) => claimedNamed.has(o.id))) add('sender.official', [0, 0]);
      } else if (claimed.size > 0 && countDigits(input.sender) >= 7) {
        const official = extractNumbers(input.sender).some((num) => registry.lookup(num.key).some((m) => claimedNamed.has(m.org.id)));
        if (!official) add('sender.unofficial', [0, 0]);
      }
    }

    let cyrWords = 0;
    let latWords = 0;
    let nextLink = 0;
    for (let i = 0; i < n; i++) {
      const at = tokens.origStart[i]!;
      while (nextLink < links.length && links[nextLink]!.span[1] <= at) nextLink++;
      const inLink = nextLink < links.length && at >= links[nextLink]!.span[0];
      if (tokens.bufEnd[i]! - tokens.bufStart[i]! < 2 || inLink) continue;
      if (tokens.script[i] === SCRIPT_CYR) cyrWords++;
      else if (tokens.script[i] === SCRIPT_LAT) latWords++;
    }
    const lang = decideLang({ cyrWords, latWords, kkLetters: tokens.kkLetters, kkMarkers, ruMarkers });

    const score = scorer.score([...codes]);
    const verdict = scorer.verdict(score);
    reasons.sort((a, b) => b.weight - a.weight || a.span[0] - b.span[0]);
    return {
      verdict,
      score: Math.round(score * 1000) / 1000,
      lang,
      reasons,
      numbers,
      advice: pickAdvice(verdict, codes),
      claimedOrgs: [...claimed],
    };
  }

  const adviceByCode = new Map<string, string[]>();
  const adviceFor = (code: string): string[] => {
    let ids = adviceByCode.get(code);
    if (!ids) {
      ids = Object.entries(advice.byReason)
        .filter(([pattern]) => code === pattern || code.startsWith(`${pattern}.`))
        .flatMap(([, list]) => list);
      adviceByCode.set(code, ids);
    }
    return ids;
  };

  function pickAdvice(verdict: LureResult['verdict'], codes: ReadonlySet<string>): string[] {
    const out = advice.byVerdict[verdict].slice();
    if (verdict !== 'no_signs') {
      for (const c of codes) {
        for (const id of adviceFor(c)) if (!out.includes(id)) out.push(id);
      }
    }
    return out;
  }

  return { analyze, lexicon: compiled };
}

/** Hits that share no word with a protective phrase ("никому не сообщайте код" swallows "сообщайте код"). */
function outside(hits: Hit[], protect: Hit[], n: number): Hit[] {
  if (hits.length * protect.length <= SMALL * SMALL) return hits.filter((h) => !protect.some((p) => p.from <= h.to && h.from <= p.to));
  const covered = new Uint8Array(n);
  for (const p of protect) covered.fill(1, p.from, p.to + 1);
  return hits.filter((h) => {
    for (let i = h.from; i <= h.to; i++) if (covered[i] === 1) return false;
    return true;
  });
}

/** Of the hits of one code that overlap, only the widest is a reason ("карта заблокирована", not also "заблокирована"). */
function widest(hits: Hit[], n: number): Hit[] {
  if (hits.length < 2) return hits;
  // Messages have a handful of hits: comparing pairs beats allocating; huge texts take the linear path.
  if (hits.length <= SMALL) {
    return hits.filter(
      (h) => !hits.some((o) => o !== h && o.code === h.code && o.from <= h.to && h.from <= o.to && (o.to - o.from > h.to - h.from || (o.to - o.from === h.to - h.from && o.from < h.from))),
    );
  }
  const order = hits.slice().sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  const taken = new Map<string, Uint8Array>();
  const keep = new Set<Hit>();
  for (const h of order) {
    let words = taken.get(h.code);
    if (!words) {
      words = new Uint8Array(n);
      taken.set(h.code, words);
    }
    let free = true;
    for (let i = h.from; i <= h.to && free; i++) if (words[i] === 1) free = false;
    if (!free) continue;
    words.fill(1, h.from, h.to + 1);
    keep.add(h);
  }
  return hits.filter((h) => keep.has(h));
}

/** Whether a number (in text order) starts just after `to` or ends just before `from`. */
function numberNear(found: readonly { span: [number, number] }[], from: number, to: number): boolean {
  let lo = 0;
  let hi = found.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (found[mid]!.span[0] < to) lo = mid + 1;
    else hi = mid;
  }
  if (lo < found.length && found[lo]!.span[0] - to <= NEAR) return true;
  for (let k = lo - 1; k >= 0; k--) {
    const end = found[k]!.span[1];
    if (end <= from) return from - end <= NEAR;
  }
  return false;
}

/** A phone-like run of digits right after a call verb, for numbers the extractor does not parse (foreign formats). */
function digitRunAfter(text: string, from: number): boolean {
  let digits = 0;
  const end = Math.min(text.length, from + NEAR);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++digits >= 7) return true;
    } else if (digits > 0 && !(c === 32 || c === 45 || c === 40 || c === 41 || c === 46)) return false;
  }
  return false;
}

function countDigits(s: string): number {
  let d = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++d >= 7) return d;
  }
  return d;
}

/** A host that is not the organization's but carries its name ("kaspi-bank.top" for Kaspi). */
function looksLikeOrg(host: string, claimed: ReadonlySet<string>, orgs: ReadonlyMap<string, Organization>): boolean {
  const labels = host.split(/[.-]/);
  for (const id of claimed) {
    const org = orgs.get(id);
    if (!org) continue;
    for (const d of org.domains) {
      const brand = d.value.toLowerCase().replace(/^www\./, '').split('.')[0];
      if (brand && brand.length >= 4 && labels.some((l) => l.includes(brand))) return true;
    }
  }
  return false;
}
