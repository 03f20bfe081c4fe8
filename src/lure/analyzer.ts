// The lure analyzer: text (+ sender) → verdict, score, language, reasons with spans, numbers and advice.
// Pure: the lexicon, the registry and the number extractor come in; nothing is read from disk or clock.
import type { Organization } from '../phones/types.js';
import type { PhraseMatch } from './automaton.js';
import type { CompiledLexicon } from './compile.js';
import { compileLexicon } from './compile.js';
import { decideLang } from './lang.js';
import type { RawLexicon } from './lexicon-schema.js';
import { findLinks, hostAndParents, registrableLabel } from './links.js';
import { createScorer } from './score.js';
import { outside, widest } from './hits.js';
import type { Hit } from './hits.js';
import { countDigits, digitRunAfter, numberNear } from './nearby.js';
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
const MAINSTREAM_TLDS = new Set(['com', 'kz', 'ru', 'org', 'net', 'uk']);

const CALL_VERB = 'call_verb';
const CALLBACK = 'callback';
const LANG_KK = 'lang.kk';
const LANG_RU = 'lang.ru';
/** Codes that describe the message's form rather than a signal; never reasons. */
const isMarker = (code: string): boolean => code.startsWith('lang.');


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
