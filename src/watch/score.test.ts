import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from './config.js';
import type { Features } from './score.js';
import { score } from './score.js';

const lure: Features = {
  fanout: 900,
  senders: 12,
  numericSenders: 12,
  callers: 30,
  primed: 28,
  lure: 0.95,
  inboundOnly: true,
  firstSeenMin: 40,
  official: undefined,
  everMentioned: true,
};

describe('score', () => {
  it('scores a SIM-box lure number high and explains every feature', () => {
    const s = score(lure, DEFAULT_CONFIG);
    expect(s.score).toBeGreaterThanOrEqual(DEFAULT_CONFIG.threshold);
    expect(s.reasons.map((r) => r.code)).toEqual([
      'primed_callers',
      'primed_share',
      'call_fanin',
      'mention_fanout',
      'mention_senders',
      'numeric_senders',
      'lure_score',
      'inbound_only',
      'first_seen_min',
    ]);
  });

  it('gives nothing before enough primed callers', () => {
    expect(score({ ...lure, primed: DEFAULT_CONFIG.minPrimed - 1 }, DEFAULT_CONFIG).score).toBe(0);
  });

  it('keeps an announcement from one sender name below the threshold even when it reads like a lure', () => {
    const s = score({ ...lure, senders: 1, numericSenders: 0, lure: 0.99, callers: 70, primed: 68 }, DEFAULT_CONFIG);
    expect(s.score).toBeLessThan(DEFAULT_CONFIG.threshold);
  });

  it('never flags an official number for popularity, only for spoofed senders', () => {
    const popular = { ...lure, official: 'bank', numericSenders: 0, callers: 5000, primed: 900, lure: 0.1 };
    expect(score(popular, DEFAULT_CONFIG).score).toBe(0);
    const spoofed = score({ ...lure, official: 'bank', numericSenders: 6 }, DEFAULT_CONFIG);
    expect(spoofed.score).toBeGreaterThanOrEqual(DEFAULT_CONFIG.threshold);
    expect(spoofed.reasons.find((r) => r.code === 'spoofed_senders')!.value).toBe(6);
  });

  it('flags a never-named number only when it never calls out and draws many callers', () => {
    const unnamed = { ...lure, everMentioned: false, fanout: 0, senders: 0, numericSenders: 0, primed: 0, lure: Number.NaN, callers: 30 };
    expect(score(unnamed, DEFAULT_CONFIG).score).toBeGreaterThanOrEqual(DEFAULT_CONFIG.threshold);
    expect(score({ ...unnamed, inboundOnly: false }, DEFAULT_CONFIG).score).toBe(0);
    expect(score({ ...unnamed, callers: DEFAULT_CONFIG.minUnprimedCallers - 1 }, DEFAULT_CONFIG).score).toBe(0);
    expect(score({ ...unnamed, official: 'bank' }, DEFAULT_CONFIG).score).toBe(0);
  });
});
