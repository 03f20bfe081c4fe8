import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../paths.js';
import { emptyCounts, metrics, parseCorpus, splitOf, tally } from './corpus.js';

const corpus = parseCorpus(readFileSync(join(DATA_DIR, 'corpus', 'messages.jsonl'), 'utf8'));

describe('the labelled corpus in data/corpus', () => {
  it('has unique ids and no message twice', () => {
    expect(new Set(corpus.map((r) => r.id)).size).toBe(corpus.length);
    expect(new Set(corpus.map((r) => r.text.trim())).size).toBe(corpus.length);
  });

  it('covers lures, other scams and legitimate messages in each language', () => {
    for (const lang of ['ru', 'kk', 'en'] as const) {
      for (const label of ['lure', 'scam', 'legit'] as const) {
        expect(corpus.filter((r) => r.lang === lang && r.label === label).length, `${lang} ${label}`).toBeGreaterThanOrEqual(10);
      }
    }
  });

  it('gives every quoted message the page it was quoted from', () => {
    const quoted = corpus.filter((r) => r.origin === 'quoted');
    expect(quoted.length).toBeGreaterThan(0);
    for (const r of quoted) expect(r.source, r.id).toMatch(/^https?:\/\/[^\s/]+\.[^\s]+$/);
  });

  it('splits about 60/20/20 by id, with a test split of fixed messages in every language', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `xx-q-${i}`);
    const share = (s: string): number => ids.filter((id) => splitOf(id) === s).length / ids.length;
    expect(share('train')).toBeGreaterThan(0.57);
    expect(share('train')).toBeLessThan(0.63);
    expect(share('dev')).toBeGreaterThan(0.18);
    expect(share('dev')).toBeLessThan(0.22);
    // Written batches since w9 choose ids outside the test split, so it stays the same messages from round
    // to round and its share of the corpus shrinks as they grow.
    const test = corpus.filter((r) => splitOf(r.id) === 'test');
    expect(test.length).toBeGreaterThanOrEqual(150);
    for (const lang of ['ru', 'kk', 'en']) expect(test.filter((r) => r.lang === lang).length, lang).toBeGreaterThanOrEqual(40);
    expect(corpus.filter((r) => splitOf(r.id) === 'train').length / corpus.length).toBeGreaterThan(0.5);
  });
});

describe('corpus helpers', () => {
  it('splits by a stable hash of the id', () => {
    // FNV-1a of "a" is 0xe40c292c = 3826002220; its last decimal digit picks the split.
    expect(splitOf('a')).toBe('train');
    expect(splitOf('ru-w-001')).toBe(splitOf('ru-w-001'));
  });

  it('refuses a quoted message without its source and a line that breaks the schema', () => {
    const quoted = JSON.stringify({ id: 'x', lang: 'ru', label: 'lure', family: 'parcel', origin: 'quoted', text: 'Позвоните' });
    expect(() => parseCorpus(quoted)).toThrow(/line 1: a quoted message needs its source/);
    const badLabel = JSON.stringify({ id: 'x', lang: 'ru', label: 'spam', family: 'parcel', origin: 'written', text: 'Позвоните' });
    expect(() => parseCorpus(`\n${badLabel}`)).toThrow(/line 2/);
  });

  it('counts precision and recall', () => {
    const c = emptyCounts();
    for (const [actual, predicted] of [[true, true], [true, false], [false, true], [false, false], [true, true]] as const) tally(c, actual, predicted);
    expect(c).toEqual({ tp: 2, fp: 1, fn: 1, tn: 1 });
    const m = metrics(c);
    expect(m.precision).toBeCloseTo(2 / 3);
    expect(m.recall).toBeCloseTo(2 / 3);
    expect(metrics(emptyCounts())).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});
