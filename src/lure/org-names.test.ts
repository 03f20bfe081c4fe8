import { describe, expect, it } from 'vitest';
import { lexicon, testAnalyzer } from '../../test/helpers/lure.js';
import { extractNumbers } from '../phones/extract.js';
import { createRegistry } from '../phones/registry.js';
import { createAnalyzer } from './analyzer.js';

const analyzer = testAnalyzer();
const orgs = (text: string): string[] =>
  analyzer
    .analyze({ text })
    .reasons.filter((r) => r.code.startsWith('org.'))
    .map((r) => `${r.code}:${r.text}`);

describe('organization names in English', () => {
  it('match their plural and possessive forms', () => {
    expect(orgs('The police say: call the investigator at +7 701 555 12 34')).toContain('org.police:police');
    expect(orgs('Policemen will visit you, call +7 701 555 12 34')).toContain('org.police:Policemen');
  });

  it('do not match a longer word that shares their stem', () => {
    expect(orgs('Your insurance policy renewal is due, call +7 701 555 12 34')).toEqual([]);
    expect(orgs('The company policies changed on Monday')).toEqual([]);
  });
});

describe('an alias written with "="', () => {
  const src = 'https://example.kz/source';
  const registry = createRegistry({
    organizations: [
      {
        id: 'ambulance',
        category: 'emergency',
        names: { kk: 'Жедел жәрдем', ru: 'Скорая медицинская помощь', en: 'Ambulance' },
        aliases: ['=скорая', '=скорую', 'скорая помощь'],
        phones: [{ value: '103', source: src }],
        senderIds: [],
        domains: [],
      },
    ],
  });
  const exact = createAnalyzer({ lexicon, registry, extractNumbers: (t) => extractNumbers(t, 'KZ') });
  const named = (text: string): string[] => exact.analyze({ text }).reasons.filter((r) => r.code.startsWith('org.')).map((r) => r.text);

  it('matches that form only, not the words that share its stem', () => {
    expect(named('Вызовите скорую, звоните 103')).toEqual(['скорую']);
    expect(named('Приходите как можно скорее')).toEqual([]);
    expect(named('Скорость интернета выросла')).toEqual([]);
  });

  it('is a name without the "=" in the registry', () => {
    expect(registry.aliases().map((a) => a.alias)).toContain('скорая');
    expect(registry.aliases().map((a) => a.alias)).not.toContain('=скорая');
  });
});
