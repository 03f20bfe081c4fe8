// Shapes shared by number extraction, normalization and the registry of official numbers.

export type NumberKind = 'mobile' | 'fixed' | 'short' | 'international' | 'premium' | 'unknown';

/** A phone number in a normalized form: E.164 ("+77011234567") or, for short numbers, the digits ("1414"). */
export interface NormalizedNumber {
  /** The canonical key: E.164 for full numbers, bare digits for short numbers. */
  key: string;
  kind: NumberKind;
  /** ISO country of the number when known (KZ for +7 7xx, RU for +7 9xx, …). */
  country?: string;
  /** A human form: "+7 701 123 45 67". */
  display: string;
}

/** A number found in a text, with where it was found (UTF-16 offsets into the original text). */
export interface ExtractedNumber extends NormalizedNumber {
  raw: string;
  span: [number, number];
  /** True when the written form needed de-obfuscation (letter O for zero, dots, odd spacing). */
  obfuscated: boolean;
}

export type OrgCategory = 'bank' | 'delivery' | 'post' | 'operator' | 'government' | 'police' | 'utility' | 'emergency' | 'other';

export interface Sourced<T> {
  value: T;
  /** The public page this fact comes from. Every fact has one. */
  source: string;
}

export interface Organization {
  id: string;
  category: OrgCategory;
  names: { kk: string; ru: string; en: string };
  /** Other names and spellings people and scammers use ("каспи", "kaspi.kz", "халык"). */
  aliases: string[];
  phones: Sourced<string>[];
  senderIds: Sourced<string>[];
  domains: Sourced<string>[];
}

export interface RegistryMatch {
  org: Organization;
  /** The registry entry that matched, with its source. */
  phone: Sourced<string>;
}
