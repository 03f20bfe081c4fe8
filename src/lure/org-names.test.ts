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

describe('a name that carries a digit', () => {
  it('is read as written, beside the readings of the digit as a letter', () => {
    const tele2 = createAnalyzer({
      lexicon,
      registry: createRegistry({ organizations: [{ id: 'tele2', category: 'operator', names: { kk: 'Tele2', ru: 'Tele2', en: 'Tele2' }, aliases: ['tele2', 'теле2'], phones: [], senderIds: [], domains: [] }] }),
      extractNumbers: (text) => extractNumbers(text),
    });
    const named = (text: string): string[] => tele2.analyze({ text }).reasons.filter((r) => r.code === 'org.operator').map((r) => r.text);
    expect(named('Tele2: Ваш тариф изменится')).toEqual(['Tele2']);
    expect(named('ТЕЛЕ2 хабарлайды')).toEqual(['ТЕЛЕ2']);
  });
});
