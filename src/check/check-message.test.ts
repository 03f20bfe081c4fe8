import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../paths.js';
import { checkMessage, explainShared, parseShared, shareQuery } from './check-message.js';

describe('checkMessage', () => {
  it('explains a lure in the reader language and resolves the organization it claims to be', () => {
    const { result, claimed } = checkMessage(DATA_DIR, { text: 'Halyk Bank: ваша карта заблокирована. Срочно перезвоните 87075554433' }, 'kk');
    expect(result.verdict).toBe('danger');
    expect(result.reasons.find((r) => r.code === 'callback')?.explanation).toMatch(/[әғқңөұүһі]/);
    expect(claimed.map((o) => o.id)).toEqual(['halyk']);
  });
});

describe('share links', () => {
  it('round-trips the verdict, codes and organizations and never carries text', () => {
    const q = shareQuery({ verdict: 'danger', reasons: ['callback', 'pretext.account_blocked'], advice: ['dont_call_back'], orgs: ['halyk'] });
    expect(q).not.toMatch(/[а-я]/i);
    const parsed = parseShared(DATA_DIR, Object.fromEntries(new URLSearchParams(q)));
    expect(parsed).toEqual({ verdict: 'danger', reasons: ['callback', 'pretext.account_blocked'], advice: ['dont_call_back'], orgs: ['halyk'] });
    const explained = explainShared(DATA_DIR, parsed!, 'en');
    expect(explained.result.reasons[0]!.explanation.length).toBeGreaterThan(10);
    expect(explained.result.advice[0]!.text).toMatch(/call/i);
    expect(explained.claimed[0]!.id).toBe('halyk');
  });

  it('drops unknown codes and refuses an unknown verdict', () => {
    expect(parseShared(DATA_DIR, { v: 'safe' })).toBeNull();
    expect(parseShared(DATA_DIR, { v: 'suspicious', r: '<b>,nope,callback,callback', a: 'x', o: 'evil,kaspi' })).toEqual({
      verdict: 'suspicious',
      reasons: ['callback'],
      advice: [],
      orgs: ['kaspi'],
    });
  });
});
