// Adapters from the shared cores to the detector's ports: the lure analyzer and the phone-number
// extractor read texts; the registry of official numbers answers which numbers and senders are official.
import type { Analyzer } from '../lure/analyzer.js';
import type { Registry } from '../phones/registry.js';
import { extractSpelled } from '../phones/spelled.js';
import { hasOtherDigits, plainDigits } from '../phones/plain-digits.js';
import type { ExtractedNumber } from '../phones/types.js';
import type { OfficialDirectory, ReadText } from './ports.js';

const NOTHING = { mentioned: [], lure: Number.NaN };

// Full KZ/RU numbers as written (+7 / 8 and ten digits, with spaces, dashes, brackets). The shared
// extractor keeps only numbers the numbering plan knows; a scammer's number need not be one of them,
// and Watch must still see it mentioned.
const WRITTEN = /(?:\+\s?7|(?<!\d)8)[\s\-()]{0,3}(?:\d[\s\-()]{0,3}){9}\d(?!\d)/g;

function writtenNumbers(text: string, normalize: (s: string) => { key: string } | null): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WRITTEN)) {
    const n = normalize(m[0]);
    if (n) out.push(n.key);
  }
  return out;
}

/** Numbers from the extractor; the lure score from the analyzer (0..1), or NaN without one. */
export function textReader(
  extract: (text: string, otherDigits?: boolean) => ExtractedNumber[],
  normalize: (written: string) => { key: string } | null,
  analyzer?: Analyzer,
): ReadText {
  return (text) => {
    // Only texts that name a number matter to Watch. Without a digit, a text names one only in words
    // ("сегіз жеті нөл бір…"), or in other digits ("８７０１", "⑧⑦⓪①"): a mass SMS written so to pass the
    // operator's own filters is still read.
    // Watch needs the numbers' keys only, so digits in other forms are written 0-9 once for both readers.
    const other = hasOtherDigits(text);
    const digits = other ? plainDigits(text) : text;
    const keys = other || /\d/.test(text)
      ? new Set([...extract(digits, false).map((n) => n.key), ...writtenNumbers(digits, normalize)])
      : new Set(extractSpelled(text, extract).map((n) => n.key));
    if (keys.size === 0) return NOTHING;
    return { mentioned: [...keys], lure: analyzer ? analyzer.analyze({ text }).score : Number.NaN };
  };
}

export function registryDirectory(registry: Registry): OfficialDirectory {
  return {
    orgOfNumber(key) {
      const m = registry.lookup(key);
      return m.length > 0 ? m[0]!.org.id : undefined;
    },
    orgOfSender(senderId) {
      const orgs = registry.orgsBySenderId(senderId);
      return orgs.length > 0 ? orgs[0]!.id : undefined;
    },
  };
}
