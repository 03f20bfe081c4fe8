// A small registry and the real lexicon for the analyzer's unit tests, so tests do not depend on
// how many organizations data/registry lists today.
import { join } from 'node:path';
import { DATA_DIR } from '../../src/paths.js';
import { extractNumbers } from '../../src/phones/extract.js';
import { createRegistry } from '../../src/phones/registry.js';
import type { Organization } from '../../src/phones/types.js';
import { createAnalyzer } from '../../src/lure/analyzer.js';
import type { Analyzer } from '../../src/lure/analyzer.js';
import { loadLexicon } from '../../src/lure/lexicon-file.js';

const src = 'https://example.kz/source';

export const TEST_ORGS: Organization[] = [
  {
    id: 'kaspi',
    category: 'bank',
    names: { kk: 'Kaspi Bank', ru: 'Каспи Банк', en: 'Kaspi Bank' },
    aliases: ['kaspi', 'каспи', 'kaspi.kz'],
    phones: [{ value: '9999', source: src }],
    senderIds: [{ value: 'Kaspi.kz', source: src }],
    domains: [{ value: 'kaspi.kz', source: src }],
  },
  {
    id: 'halyk',
    category: 'bank',
    names: { kk: 'Халық банк', ru: 'Халык банк', en: 'Halyk Bank' },
    aliases: ['halyk', '=халык', '=халыка', '=халыку', '=халыком', '=халыке'],
    phones: [{ value: '7111', source: src }],
    senderIds: [{ value: 'Halyk', source: src }],
    domains: [{ value: 'halykbank.kz', source: src }],
  },
];

export const lexicon = loadLexicon(join(DATA_DIR, 'lexicon'));
export const registry = createRegistry({ organizations: TEST_ORGS });

/**
 * The analyzer over the real lexicon. `wording: false` leaves out the learned word weights, for tests of
 * one lexicon rule whose verdicts should not move each time the weights are fitted again.
 */
export function testAnalyzer(opts: { wording?: boolean } = {}): Analyzer {
  const shorts = registry.shortNumbers();
  const withWording = opts.wording === false ? { ...lexicon, wording: { ...lexicon.wording, scale: 0 } } : lexicon;
  return createAnalyzer({ lexicon: withWording, registry, extractNumbers: (t) => extractNumbers(t, 'KZ', { knownShort: shorts }) });
}

/** The reason codes an analyzer gives a text (what most signal tests assert on). */
export function reasonCodes(analyzer: Analyzer, text: string): string[] {
  return analyzer.analyze({ text }).reasons.map((r) => r.code);
}
