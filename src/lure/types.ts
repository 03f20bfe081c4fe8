// The analyzer's public shapes: what goes in, what comes out, and the ports it needs from the phone registry.
import type { ExtractedNumber, Organization, RegistryMatch } from '../phones/types.js';

export type Verdict = 'danger' | 'suspicious' | 'no_signs';
export type TextLang = 'ru' | 'kk' | 'en' | 'mixed';
export type ExplainLang = 'kk' | 'ru' | 'en';

export interface LureInput {
  text: string;
  /** The sender id or number as shown on the phone, when known. */
  sender?: string;
}

export interface Reason {
  /** Stable code; its explanation in KK, RU and EN lives in data/lexicon/reasons.json. */
  code: string;
  weight: number;
  /** UTF-16 offsets into the original text, end exclusive; [0, 0] for reasons about the sender. */
  span: [number, number];
  /** The original text under the span (or the sender). */
  text: string;
}

export interface LureNumber extends ExtractedNumber {
  /** Organizations whose official number this is (empty when it is nobody's official number). */
  officialFor: string[];
}

export interface LureResult {
  verdict: Verdict;
  score: number;
  lang: TextLang;
  reasons: Reason[];
  numbers: LureNumber[];
  /** Ids of advice items (data/lexicon/advice.json), most important first. */
  advice: string[];
  /** Organizations the text claims to speak for (registry ids, or generic classes such as "class:bank"). */
  claimedOrgs: string[];
}

/** The part of the phone registry the analyzer reads; `src/phones/registry.ts` implements it. */
export interface RegistryPort {
  lookup(key: string): RegistryMatch[];
  /** Ids of the organizations lookup(key) finds, each once; shared, not to be changed. */
  officialFor(key: string): readonly string[];
  orgsBySenderId(senderId: string): Organization[];
  orgByDomain(host: string): Organization | undefined;
  organizations(): Organization[];
}

/** Finds phone numbers in a text; `src/phones/extract.ts` implements it. */
/** `otherDigits`: whether the text has digits in other forms than 0-9 (plain-digits.ts), when the caller knows. */
export type NumberExtractor = (text: string, otherDigits?: boolean) => ExtractedNumber[];
