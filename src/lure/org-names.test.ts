import { describe, expect, it } from 'vitest';
import { testAnalyzer } from '../../test/helpers/lure.js';

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
