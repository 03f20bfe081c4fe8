import { describe, expect, it } from 'vitest';
import type { ScoringData } from './lexicon-schema.js';
import { createScorer } from './score.js';

const data: ScoringData = {
  bias: -3,
  weights: { callback: 1.5, pretext: 1, 'pretext.relative': 2.5, protective: -2, code_request: 3, 'number.official': -3 },
  pairs: [
    { all: ['callback', 'pretext'], weight: 1 },
    { all: ['protective', 'code_request'], weight: -1 },
    { all: ['callback', 'org.bank|org.police'], weight: 0.5 },
    { all: ['protective'], atLeast: { n: 2, of: ['code_request', 'safe_account', 'remote_access'] }, weight: -2 },
    { all: ['callback'], none: ['pretext', 'org'], weight: -0.5 },
  ],
  thresholds: { danger: 0.75, suspicious: 0.5 },
  maxGap: 1,
  maxTail: { ru: 6, kk: 12, en: 4, prefix: 12 },
};
const s = createScorer(data);
const logistic = (z: number): number => 1 / (1 + Math.exp(-z));

describe('the lure scorer', () => {
  it('adds the weights of the codes that fired to the bias, through a logistic', () => {
    expect(s.score([])).toBeCloseTo(logistic(-3));
    expect(s.score(['callback', 'org.delivery'])).toBeCloseTo(logistic(-1.5));
  });

  it('takes the most specific pattern for a code and counts one signal per family and direction', () => {
    expect(s.weight('pretext.parcel')).toBe(1);
    expect(s.weight('pretext.relative')).toBe(2.5);
    expect(s.weight('unknown.code')).toBe(0);
    // Two pretexts are one pretext: the stronger counts.
    expect(s.score(['pretext.parcel', 'pretext.relative'])).toBeCloseTo(logistic(-0.5));
  });

  it('adds a combination only when all its codes fired, negative ones included', () => {
    expect(s.score(['callback', 'pretext.parcel'])).toBeCloseTo(logistic(-3 + 1.5 + 1 + 1));
    expect(s.score(['urgency', 'code_request'])).toBeCloseTo(logistic(0));
    expect(s.score(['protective', 'code_request'])).toBeCloseTo(logistic(-3 - 2 + 3 - 1));
    expect(s.score(['code_request'])).toBeCloseTo(logistic(0));
  });

  it('lets a combination pattern list alternatives', () => {
    expect(s.score(['callback', 'org.police'])).toBeCloseTo(logistic(-3 + 1.5 + 0.5));
    expect(s.score(['callback', 'org.bank'])).toBeCloseTo(logistic(-3 + 1.5 + 0.5));
    expect(s.score(['callback', 'org.delivery'])).toBeCloseTo(logistic(-3 + 1.5));
  });

  it('adds an at-least combination only when enough distinct kinds of its list fired', () => {
    // One request next to a warning word: the plain protective pair only.
    expect(s.score(['protective', 'code_request'])).toBeCloseTo(logistic(-3 - 2 + 3 - 1));
    // The same kind twice is still one kind.
    expect(s.score(['protective', 'code_request', 'code_request'])).toBeCloseTo(logistic(-3 - 2 + 3 - 1));
    expect(s.score(['protective', 'code_request', 'safe_account'])).toBeCloseTo(logistic(-3 - 2 + 3 - 1 - 2));
    // Without the warning itself, naming several tricks adds nothing.
    expect(s.score(['code_request', 'safe_account'])).toBeCloseTo(logistic(-3 + 3));
  });

  it('adds a combination with exclusions only when none of them fired', () => {
    expect(s.score(['callback'])).toBeCloseTo(logistic(-3 + 1.5 - 0.5));
    expect(s.score(['callback', 'pretext.relative'])).toBeCloseTo(logistic(-3 + 1.5 + 2.5 + 1));
    expect(s.score(['callback', 'org.police'])).toBeCloseTo(logistic(-3 + 1.5 + 0.5));
  });

  it('turns a score into a verdict by the thresholds', () => {
    expect(s.verdict(0.8)).toBe('danger');
    expect(s.verdict(0.5)).toBe('suspicious');
    expect(s.verdict(0.49)).toBe('no_signs');
  });
});

describe('a verdict with no named signal', () => {
  const unnamed = createScorer({ ...data, thresholds: { danger: 0.75, suspicious: 0.5, unnamed: 0.8 } });

  it('is suspicious at most, and only from the higher threshold: the wording alone speaks', () => {
    expect(unnamed.verdict(0.9, false)).toBe('suspicious');
    expect(unnamed.verdict(0.7, false)).toBe('no_signs');
    expect(unnamed.verdict(0.9, true)).toBe('danger');
    expect(unnamed.verdict(0.7, true)).toBe('suspicious');
  });

  it('falls back to the suspicious threshold when none is set', () => {
    expect(s.verdict(0.6, false)).toBe('suspicious');
    expect(s.verdict(0.6)).toBe('suspicious');
  });
});
