import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from './config.js';
import type { Features } from './score.js';
import { score, scoreValue } from './score.js';

const lure: Features = {
  fanout: 900,
  senders: 12,
  numericSenders: 12,
  freshSenders: 12,
  callers: 30,
  primed: 28,
  lure: 0.95,
  inboundOnly: true,
  firstSeenMin: 40,
  watchedBeforeMin: 3 * 24 * 60,
  official: undefined,
  everMentioned: true,
  outBefore: false,
  namedBySelf: false,
  callersBefore: 0,
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
      'fresh_senders',
      'lure_score',
      'inbound_only',
      'first_seen_min',
      'called_out_before_named',
      'callers_before_named',
    ]);
  });

  it('gives nothing before enough primed callers', () => {
    expect(score({ ...lure, primed: DEFAULT_CONFIG.minPrimed - 1 }, DEFAULT_CONFIG).score).toBe(0);
  });

  it('keeps an announcement from one sender name below the threshold even when it reads like a lure', () => {
    const s = score({ ...lure, senders: 1, numericSenders: 0, lure: 0.99, callers: 70, primed: 68 }, DEFAULT_CONFIG);
    expect(s.score).toBeLessThan(DEFAULT_CONFIG.threshold);
  });

  it('keeps an announcement from one long-used phone below the threshold, and one fresh SIM lower than a farm', () => {
    const chairman = { ...lure, senders: 1, numericSenders: 1, freshSenders: 0, lure: 0.99, callers: 70, primed: 68 };
    expect(score(chairman, DEFAULT_CONFIG).score).toBeLessThan(DEFAULT_CONFIG.threshold);
    const oneSim = score({ ...chairman, freshSenders: 1 }, DEFAULT_CONFIG).score;
    expect(oneSim).toBeGreaterThan(score(chairman, DEFAULT_CONFIG).score);
    expect(oneSim).toBeLessThan(score(lure, DEFAULT_CONFIG).score);
  });

  it('scores a fresh SIM that names itself in a lure mass SMS above the threshold, and a long-used phone or a mild text below', () => {
    // one sender, never inbound only: what counts is its callers, its reach and what the texts say
    const self: Features = { ...lure, senders: 1, numericSenders: 1, freshSenders: 1, inboundOnly: false, outBefore: true, namedBySelf: true };
    const s = score(self, DEFAULT_CONFIG);
    expect(s.score).toBeGreaterThanOrEqual(DEFAULT_CONFIG.threshold);
    expect(s.reasons).toContainEqual({ code: 'named_by_itself', value: 1 });
    expect(scoreValue({ ...self, namedBySelf: false }, DEFAULT_CONFIG)).toBeLessThan(DEFAULT_CONFIG.threshold);
    expect(scoreValue({ ...self, freshSenders: 0 }, DEFAULT_CONFIG)).toBeLessThan(DEFAULT_CONFIG.threshold);
    // a chairman's announcement from his own phone, with a text that does not read as a lure
    expect(scoreValue({ ...self, lure: 0.3 }, DEFAULT_CONFIG)).toBeLessThan(DEFAULT_CONFIG.threshold);
    // named by a farm's SIMs as well: the farm's evidence counts as for any number
    expect(scoreValue({ ...lure, namedBySelf: true }, DEFAULT_CONFIG)).toBe(scoreValue(lure, DEFAULT_CONFIG));
  });

  it('weighs a past a scammer cannot buy (people calling the number before it was named) above calls out of it', () => {
    const s = (f: Partial<typeof lure>): number => score({ ...lure, ...f }, DEFAULT_CONFIG).score;
    const line = s({ callersBefore: DEFAULT_CONFIG.historyCallers });
    expect(line).toBeLessThan(s({}));
    expect(s({ callersBefore: DEFAULT_CONFIG.historyCallers - 1 })).toBe(s({}));
    // a warmed SIM that called out before the campaign, and calls victims back, is still a lure
    expect(s({ outBefore: true, inboundOnly: false })).toBeGreaterThanOrEqual(DEFAULT_CONFIG.threshold);
    expect(s({ outBefore: true, inboundOnly: false })).toBeGreaterThan(line);
    const reasons = score({ ...lure, callersBefore: 7, outBefore: true }, DEFAULT_CONFIG).reasons;
    expect(reasons.find((r) => r.code === 'callers_before_named')!.value).toBe(7);
    expect(reasons.find((r) => r.code === 'called_out_before_named')!.value).toBe(1);
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
    // a line that has drawn callers for longer than a window is a steady one, not a sudden magnet
    const windowMin = DEFAULT_CONFIG.windowMs / 60_000;
    expect(score({ ...unnamed, firstSeenMin: windowMin + 1 }, DEFAULT_CONFIG).score).toBe(0);
    expect(score({ ...unnamed, firstSeenMin: windowMin - 1 }, DEFAULT_CONFIG).score).toBeGreaterThanOrEqual(DEFAULT_CONFIG.threshold);
  });

  it('calls a never-named number new only after a day of watched traffic before it appeared', () => {
    const unnamed = { ...lure, everMentioned: false, fanout: 0, senders: 0, numericSenders: 0, primed: 0, lure: Number.NaN, callers: 30 };
    const dayMin = DEFAULT_CONFIG.noveltyMs / 60_000;
    // started cold at night, a shop's line draws its callers in the morning like a magnet would
    expect(score({ ...unnamed, watchedBeforeMin: 9 * 60 }, DEFAULT_CONFIG).score).toBe(0);
    expect(score({ ...unnamed, watchedBeforeMin: dayMin - 1 }, DEFAULT_CONFIG).score).toBe(0);
    const judged = score({ ...unnamed, watchedBeforeMin: dayMin }, DEFAULT_CONFIG);
    expect(judged.score).toBeGreaterThanOrEqual(DEFAULT_CONFIG.threshold);
    expect(judged.reasons.find((r) => r.code === 'watched_before_min')!.value).toBe(dayMin);
    // a number that messages name is judged on them from the first hour
    expect(score({ ...lure, watchedBeforeMin: 0 }, DEFAULT_CONFIG).score).toBe(score(lure, DEFAULT_CONFIG).score);
  });

  it('gives the same score without its reasons, for every kind of number', () => {
    const kinds: Features[] = [
      lure,
      { ...lure, lure: Number.NaN, numericSenders: 1, freshSenders: 0 },
      { ...lure, official: 'KASPI', numericSenders: 5 },
      { ...lure, primed: 2 },
      { ...lure, callersBefore: 9, inboundOnly: false },
      { ...lure, everMentioned: false, primed: 0, callers: 40, firstSeenMin: 100 },
      { ...lure, everMentioned: false, primed: 0, callers: 40, watchedBeforeMin: 10 },
    ];
    for (const f of kinds) expect(scoreValue(f, DEFAULT_CONFIG)).toBe(score(f, DEFAULT_CONFIG).score);
    // the kinds reach both sides of the threshold, so the fast path decides for some of each
    const high = kinds.filter((f) => scoreValue(f, DEFAULT_CONFIG) >= DEFAULT_CONFIG.threshold).length;
    expect(high).toBeGreaterThan(0);
    expect(high).toBeLessThan(kinds.length);
  });
});
