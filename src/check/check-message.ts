// Checks one message for the citizen page: the analyzer's verdict explained in the reader's language,
// with the organizations the message claims to speak for resolved to their official contacts.
import { explain } from '../lure/explain.js';
import type { ExplainedResult } from '../lure/explain.js';
import type { ExplainLang, Verdict } from '../lure/types.js';
import type { Organization } from '../phones/types.js';
import { checkServices } from './analyzer-instance.js';

/** The longest message the page analyzes (longer ones are refused with text_too_long). */
export const MAX_MESSAGE = 5000;

export interface MessageCheck {
  result: ExplainedResult;
  /** Registry organizations the message claims to come from (generic classes such as "class:bank" left out). */
  claimed: Organization[];
}

export function checkMessage(dataDir: string, input: { text: string; sender?: string | undefined }, lang: ExplainLang): MessageCheck {
  const { analyzer, registry } = checkServices(dataDir);
  const raw = analyzer.analyze({ text: input.text, ...(input.sender ? { sender: input.sender } : {}) });
  const result = explain(raw, analyzer.lexicon.raw, lang);
  const claimed = raw.claimedOrgs.map((id) => registry.orgById(id)).filter((o): o is Organization => o !== undefined);
  return { result, claimed };
}

/** What a share link carries: never the message, only the verdict, the reason and advice codes, the claimed organizations. */
export interface SharedResult {
  verdict: Verdict;
  reasons: string[];
  advice: string[];
  orgs: string[];
}

const VERDICTS: readonly Verdict[] = ['danger', 'suspicious', 'no_signs'];
const CODE = /^[a-z0-9_.:-]{1,64}$/;
const MAX_CODES = 30;

export function shareQuery(r: SharedResult): string {
  const q = new URLSearchParams({ v: r.verdict });
  if (r.reasons.length) q.set('r', r.reasons.join(','));
  if (r.advice.length) q.set('a', r.advice.join(','));
  if (r.orgs.length) q.set('o', r.orgs.join(','));
  return q.toString();
}

function codes(v: string | undefined, known: (c: string) => boolean): string[] {
  if (!v) return [];
  const out: string[] = [];
  for (const c of v.split(',').slice(0, MAX_CODES)) if (CODE.test(c) && known(c) && !out.includes(c)) out.push(c);
  return out;
}

/** Reads a share link's query back; unknown codes are dropped, a bad verdict makes the link invalid (null). */
export function parseShared(dataDir: string, q: { v?: string | undefined; r?: string | undefined; a?: string | undefined; o?: string | undefined }): SharedResult | null {
  const verdict = VERDICTS.find((v) => v === q.v);
  if (!verdict) return null;
  const { analyzer, registry } = checkServices(dataDir);
  const lex = analyzer.lexicon.raw;
  const knownReason = (c: string): boolean => {
    for (let k = c; k !== ''; k = k.includes('.') ? k.slice(0, k.lastIndexOf('.')) : '') if (k in lex.reasons) return true;
    return false;
  };
  return {
    verdict,
    reasons: codes(q.r, knownReason),
    advice: codes(q.a, (c) => c in lex.advice.items),
    orgs: codes(q.o, (c) => registry.orgById(c) !== undefined),
  };
}

/** A shared result put into words again, without any message text. */
export function explainShared(dataDir: string, s: SharedResult, lang: ExplainLang): { result: ExplainedResult; claimed: Organization[] } {
  const { analyzer, registry } = checkServices(dataDir);
  const result = explain(
    {
      verdict: s.verdict,
      score: 0,
      lang: lang,
      reasons: s.reasons.map((code) => ({ code, weight: 0, span: [0, 0], text: '' })),
      numbers: [],
      advice: s.advice,
      claimedOrgs: s.orgs,
    },
    analyzer.lexicon.raw,
    lang,
  );
  return { result, claimed: s.orgs.map((id) => registry.orgById(id)).filter((o): o is Organization => o !== undefined) };
}
