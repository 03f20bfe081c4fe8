import { describe, expect, it } from 'vitest';
import { TEST_ORGS, lexicon } from '../../test/helpers/lure.js';
import { extractNumbers } from '../phones/extract.js';
import { createRegistry } from '../phones/registry.js';
import type { OrgCategory, Organization } from '../phones/types.js';
import { createAnalyzer } from './analyzer.js';

const src = 'https://example.kz/source';
const org = (id: string, category: OrgCategory, alias: string, phone: string): Organization => ({
  id,
  category,
  names: { kk: alias, ru: alias, en: alias },
  aliases: [alias],
  phones: [{ value: phone, source: src }],
  senderIds: [],
  domains: [],
});
const registry = createRegistry({ organizations: [...TEST_ORGS, org('police-102', 'police', 'полиция', '102'), org('gas-104', 'emergency', 'горгаз', '104')] });
const shorts = registry.shortNumbers();
const analyzer = createAnalyzer({ lexicon, registry, extractNumbers: (t) => extractNumbers(t, 'KZ', { knownShort: shorts }) });

describe('an emergency number', () => {
  it('is official whichever organization the message names, and a bank still needs its own', () => {
    const warning = analyzer.analyze({ text: 'Горгаз предупреждает: мошенники звонят о замене счётчиков. Сообщайте о таких звонках по номеру 102' });
    expect(warning.reasons.map((r) => r.code)).toContain('number.official');
    expect(warning.reasons.map((r) => r.code)).not.toContain('number.unofficial');
    const lure = analyzer.analyze({ text: 'Halyk: ваша карта заблокирована, позвоните 9999' });
    expect(lure.reasons.map((r) => r.code)).toContain('number.unofficial');
  });
});
