import { describe, expect, it } from 'vitest';
import { lexicon } from '../../test/helpers/lure.js';
import { CodeTable } from './code-table.js';
import { ReasonList } from './reason-list.js';
import { createScorer } from './score.js';

const scorer = createScorer(lexicon.scoring);
const table = new CodeTable(scorer, lexicon.advice);
const BANK = table.id('org.bank');
const CALL = table.id('callback');
const SENDER = table.id('sender.official');
const UNKNOWN = table.id('number.unknown');

describe('ReasonList', () => {
  it('keeps one reason per code and wording, compared lower-cased, and every code once in firing order', () => {
    const text = 'KASPI kaspi Каспи КАСПИ İstanbul i̇stanbul';
    const list = new ReasonList(table);
    list.reset(text, undefined);
    list.add(BANK, [0, 5]);
    list.add(CALL, [0, 5]);
    list.add(BANK, [6, 11]);
    list.add(BANK, [12, 17]);
    list.add(BANK, [18, 23]);
    list.add(BANK, [24, 32]);
    list.add(BANK, [33, 42]);
    expect(list.reasons.map((r) => r.text)).toEqual(['KASPI', 'KASPI', 'Каспи', 'İstanbul']);
    expect([...list.codes.subarray(0, list.codeCount)]).toEqual([BANK, CALL]);
  });

  it('compares Kazakh, Greek and other letters lower-cased as toLowerCase does', () => {
    const words = ['ХАБАРЛАСЫҢЫЗ', 'хабарласыңыз', 'ҚОҢЫРАУ', 'қоңырау', 'ΟΔΟΣ', 'οδος', 'οδοσ', 'Straße', 'STRASSE', 'strasse'];
    const text = words.join(' ');
    const list = new ReasonList(table);
    list.reset(text, undefined);
    let at = 0;
    for (const w of words) {
      list.add(BANK, [at, at + w.length]);
      at += w.length + 1;
    }
    // "ΟΔΟΣ" lower-cases to "οδος" (a final sigma), not "οδοσ"; "Straße" is not "strasse", whose capitals are
    expect(list.reasons.map((r) => r.text)).toEqual(['ХАБАРЛАСЫҢЫЗ', 'ҚОҢЫРАУ', 'ΟΔΟΣ', 'οδοσ', 'Straße', 'STRASSE']);
  });

  it('adds by start and end what add adds by span, repeats and all', () => {
    const text = 'KASPI kaspi Каспи қоңырау шалыңыз қоңырау';
    const spans: [number, number][] = [[0, 5], [6, 11], [12, 17], [18, 33], [18, 25], [34, 41], [0, 0], [0, 0]];
    const byArray = new ReasonList(table);
    const byEnds = new ReasonList(table);
    byArray.reset(text, 'Kaspi');
    byEnds.reset(text, 'Kaspi');
    spans.forEach((span, i) => {
      const code = [BANK, BANK, BANK, CALL, CALL, CALL, SENDER, SENDER][i]!;
      byArray.add(code, span);
      byEnds.addAt(code, span[0], span[1]);
    });
    expect(byEnds.reasons).toEqual(byArray.reasons);
    expect(byEnds.reasons.map((r) => r.text)).toEqual(['KASPI', 'Каспи', 'қоңырау шалыңыз', 'қоңырау', 'Kaspi']);
    expect([...byEnds.codes.subarray(0, byEnds.codeCount)]).toEqual([BANK, CALL, SENDER]);
  });

  it('gives reasons about the sender the sender as text, once', () => {
    const list = new ReasonList(table);
    list.reset('text', 'Kaspi.kz');
    list.add(SENDER, [0, 0]);
    list.add(SENDER, [0, 0]);
    expect(list.reasons).toEqual([{ code: 'sender.official', weight: scorer.weight('sender.official'), span: [0, 0], text: 'Kaspi.kz' }]);
  });

  it('starts each message empty', () => {
    const list = new ReasonList(table);
    list.reset('8 701 111 22 33', undefined);
    list.add(UNKNOWN, [0, 15]);
    const first = list.reasons;
    list.reset('other', undefined);
    expect(list.codeCount).toBe(0);
    expect(list.has(UNKNOWN)).toBe(false);
    expect(list.reasons).toEqual([]);
    expect(first).toHaveLength(1);
  });

  it('sorts strongest first, then by position, keeping ties in firing order, for short and long lists', () => {
    for (const count of [5, 80]) {
      const text = 'x'.repeat(count * 2);
      const list = new ReasonList(table);
      list.reset(text, undefined);
      const codes = [BANK, CALL, UNKNOWN];
      for (let i = count - 1; i >= 0; i--) list.add(codes[i % 3]!, [i, i + 1 + (i % 2)]);
      const want = list.reasons.slice().sort((a, b) => b.weight - a.weight || a.span[0] - b.span[0]);
      expect(list.sorted()).toEqual(want);
    }
  });
});

describe('CodeTable', () => {
  it('gives the scorer\'s score, verdict and advice for codes in firing order, the same on every call', () => {
    const order = Int32Array.from([BANK, CALL, UNKNOWN]);
    const score = scorer.score(['org.bank', 'callback', 'number.unknown']);
    const first = table.outcome(order, 3);
    expect(first.score).toBe(Math.round(score * 1000) / 1000);
    expect(first.verdict).toBe(scorer.verdict(score));
    expect(first.advice.length).toBeGreaterThan(0);
    const again = table.outcome(order, 3);
    expect(again).toEqual(first);
    expect(again.advice).toBe(first.advice);
    expect(table.outcome(order, 0).verdict).toBe(scorer.verdict(scorer.score([])));
  });

  it('adds a shift to the codes\' log-odds, and gives the advice of the verdict it leads to', () => {
    const order = Int32Array.from([BANK, CALL, UNKNOWN]);
    const z = scorer.logit(['org.bank', 'callback', 'number.unknown']);
    for (const shift of [-3, -0.5, 0, 0.7, 4]) {
      const got = table.outcome(order, 3, shift);
      const p = 1 / (1 + Math.exp(-(z + shift)));
      expect(got.score).toBe(Math.round(p * 1000) / 1000);
      expect(got.verdict).toBe(scorer.verdict(p));
    }
    const low = table.outcome(order, 3, -20);
    const high = table.outcome(order, 3, 20);
    expect(low.verdict).toBe('no_signs');
    expect(high.verdict).toBe('danger');
    expect(high.advice).not.toEqual(low.advice);
  });

  it('answers like the scorer for more lists than it remembers, as its table grows and starts over', () => {
    const own = new CodeTable(scorer, lexicon.advice);
    const ids = ['org.bank', 'callback', 'number.unknown', 'number.official', 'pretext.parcel', 'link.unknown', 'channel.mobile', 'sender.official', 'urgency', 'payment_request.card'].map((c) => own.id(c));
    const lists: number[][] = [];
    // every list of up to five distinct codes in firing order, about 36 thousand
    const grow = (list: number[]): void => {
      lists.push(list);
      if (list.length < 5) for (const id of ids) if (!list.includes(id)) grow([...list, id]);
    };
    grow([]);
    for (const pass of [0, 1]) {
      for (let k = pass; k < lists.length; k += 2) {
        const list = lists[k]!;
        const got = own.outcome(Int32Array.from(list), list.length, 0.25);
        const p = 1 / (1 + Math.exp(-(scorer.logit(list.map((id) => own.names[id]!)) + 0.25)));
        expect(got.score).toBe(Math.round(p * 1000) / 1000);
        expect(got.verdict).toBe(scorer.verdict(p));
        if (k % 97 === 0) {
          const fresh = new CodeTable(scorer, lexicon.advice);
          const again = Int32Array.from(list.map((id) => fresh.id(own.names[id]!)));
          expect(got.advice).toEqual(fresh.outcome(again, again.length, 0.25).advice);
        }
      }
    }
  });
});
