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
    aliases: ['halyk', 'халык', 'халық'],
    phones: [{ value: '7111', source: src }],
    senderIds: [{ value: 'Halyk', source: src }],
    domains: [{ value: 'halykbank.kz', source: src }],
  },
];

export const lexicon = loadLexicon(join(DATA_DIR, 'lexicon'));
export const registry = createRegistry({ organizations: TEST_ORGS });

export function testAnalyzer(): Analyzer {
  const shorts = registry.shortNumbers();
  return createAnalyzer({ lexicon, registry, extractNumbers: (t) => extractNumbers(t, 'KZ', { knownShort: shorts }) });
}

/** The reason codes an analyzer gives a text (what most signal tests assert on). */
export function reasonCodes(analyzer: Analyzer, text: string): string[] {
  return analyzer.analyze({ text }).reasons.map((r) => r.code);
}
