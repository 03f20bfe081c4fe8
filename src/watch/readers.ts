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

// Words for a phone line in the three languages, Latin look-alikes of о/е/і included: a cheap test before the
// analyzer is asked whether a text with no number points at its sender.
const NAMES_A_LINE = /н[оo]м[еe]р|н[өo]м[іiи]р|numb[еe]r|ph[оo]n[еe]|т[еe]л[еe]ф[оo]н|\blin[еe]\b|m[оo]bil[еe]/i;
/** A mobile number no real sender has (+7 700 000 00 00), standing in for a message's sender. */
const STAND_IN = '+77000000000';

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
    if (keys.size > 0) return { mentioned: [...keys], lure: analyzer ? analyzer.analyze({ text }).score : Number.NaN };
    // A text with no number may point at its own sender as the one to call back: the analyzer tells, given a
    // stand-in sender, whether it judged that number as the one to call (only texts naming a number at all are asked).
    if (analyzer === undefined || !NAMES_A_LINE.test(text)) return NOTHING;
    const r = analyzer.analyze({ text, sender: STAND_IN });
    return r.numbers.some((n) => n.key === STAND_IN) ? { mentioned: [], lure: r.score, callsSender: true } : NOTHING;
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
