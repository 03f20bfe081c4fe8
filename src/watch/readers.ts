// Adapters from the shared cores to the detector's ports: the lure analyzer and the phone-number
// extractor read texts; the registry of official numbers answers which numbers and senders are official.
import type { Analyzer } from '../lure/analyzer.js';
import type { Registry } from '../phones/registry.js';
import type { ExtractedNumber } from '../phones/types.js';
import type { OfficialDirectory, ReadText } from './ports.js';

const NOTHING = { mentioned: [], lure: Number.NaN };

/** Numbers from the extractor; the lure score from the analyzer (0..1), or NaN without one. */
export function textReader(extract: (text: string) => ExtractedNumber[], analyzer?: Analyzer): ReadText {
  return (text) => {
    // a text without digits names no number, and only texts that name a number matter to Watch
    if (!/\d/.test(text)) return NOTHING;
    const found = extract(text);
    if (found.length === 0) return NOTHING;
    if (analyzer) {
      const r = analyzer.analyze({ text });
      return { mentioned: r.numbers.map((n) => n.key), lure: r.score };
    }
    return { mentioned: found.map((n) => n.key), lure: Number.NaN };
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
