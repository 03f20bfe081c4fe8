// Puts a result into words in one language: each reason's explanation and each advice item's text.
import type { RawLexicon } from './lexicon-schema.js';
import type { ExplainLang, LureResult, Reason } from './types.js';

export interface ExplainedReason extends Reason {
  explanation: string;
}

export interface ExplainedResult extends Omit<LureResult, 'reasons' | 'advice'> {
  reasons: ExplainedReason[];
  advice: { id: string; text: string }[];
}

function reasonText(lexicon: RawLexicon, code: string, lang: ExplainLang): string {
  // A code without its own entry is explained by its family ("pretext.x" → "pretext").
  for (let c = code; c !== ''; c = c.includes('.') ? c.slice(0, c.lastIndexOf('.')) : '') {
    const entry = lexicon.reasons[c];
    if (entry) return entry[lang];
  }
  return code;
}

export function explain(result: LureResult, lexicon: RawLexicon, lang: ExplainLang): ExplainedResult {
  return {
    ...result,
    reasons: result.reasons.map((r) => ({ ...r, explanation: reasonText(lexicon, r.code, lang) })),
    advice: result.advice.map((id) => ({ id, text: lexicon.advice.items[id]?.[lang] ?? id })),
  };
}
