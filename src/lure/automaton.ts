// The compiled lexicon: a character trie over word stems (a DFA on typed arrays) that maps each word of a
// text to lexicon word ids in one walk (remembered per word in a token cache); phrases are then found
// over those ids by the phrase index.
import type { Tokens } from './tokenize.js';
import * as tokenize from './tokenize.js';
import * as tokenCache from './token-cache.js';
import { TokenCache } from './token-cache.js';
import * as phraseIndex from './phrase-index.js';
import { PhraseIndex } from './phrase-index.js';
import type { Phrase, PhraseMatches, WordPlaces } from './phrase-index.js';
import { REQUEST_NONE, WordEndings } from './word-endings.js';
import type { ReportForms, Request } from './word-endings.js';
import { NO_REPORTS } from './word-endings.js';

// Local copies: imported bindings read per word cost a call each under some loaders.
const CACHE_WIDTH = tokenCache.CACHE_WIDTH;
const CANDIDATES = phraseIndex.CANDIDATES;
// A cache entry holds the candidates and the per-word value after them.
if (CACHE_WIDTH < CANDIDATES + 1) throw new Error('token cache entries too narrow');

const SCRIPT_CYR = tokenize.SCRIPT_CYR;

/** How a lexicon word matches a text word. */
export interface WordKey {
  /** Folded characters. */
  chars: string;
  /** Longest accepted ending after the characters; 0 means the word must match exactly. */
  maxTail: number;
  /** Kazakh stems: the ending must be made of known Kazakh suffixes ("қате" + "лер", not "кате" + "гория"). */
  kkTail: boolean;
  /** A verb the lexicon writes as a request: a form that reports it ("жібердім", "оплатила") is not it. */
  request: Request;
}

/** Longer words are walked every time rather than cached (they are rare, and would bloat the cache). */
const CACHE_MAX_LEN = 40;
/** Cache tags: how a word was walked. */
const TAG_PLAIN = 0;
const TAG_LEET_CYR = 1;
const TAG_LEET_LAT = 2;
const TAG_SPACED = 3;
/** Shortest stem looked for inside a word joined from spaced letters. */
const INSIDE_MIN = 5;

export class Automaton {
  private readonly sym: Uint8Array;
  private readonly nSym: number;
  private readonly next: Int32Array;
  private readonly exact: Int32Array;
  private readonly stem: Int32Array;
  private readonly tail: Uint8Array;
  /** 0: any ending up to the tail; 1: Kazakh suffixes only. */
  private readonly kkTail: Uint8Array;
  /** The request stem ending at a state (WordKey.request), beside the plain one, its longest tail and its language. */
  private readonly reqStem: Int32Array;
  private readonly reqTail: Uint8Array;
  private readonly reqKind: Uint8Array;
  private readonly endings: WordEndings;
  private readonly index: PhraseIndex;
  private cand: Int32Array = new Int32Array(64 * CANDIDATES);
  /** Per text word, what `perWord` gave for it (-1 without one). */
  private extra: Int32Array = new Int32Array(64);
  private readonly cache = new TokenCache();
  /**
   * Something else worked out once per distinct word with letters and cached with its candidates (the
   * wording's feature id), so a word costs one cache probe whatever asks about it; numbers get -1.
   */
  perWord: ((tokens: Tokens, i: number) => number) | undefined;
  readonly wordCount: number;
  /** Per lexicon word, the length of its characters (the stem a text word begins with). */
  readonly wordLength: Int32Array;

  constructor(words: WordKey[], phrases: Phrase[], kkEndings: readonly string[], reportForms: ReportForms = NO_REPORTS) {
    this.wordLength = Int32Array.from(words, (w) => w.chars.length);
    // Alphabet: every character the lexicon uses gets a dense symbol; others end a walk at once.
    const sym = new Uint8Array(65536);
    let nSym = 1;
    for (const w of words) {
      for (let i = 0; i < w.chars.length; i++) {
        const c = w.chars.charCodeAt(i);
        if (sym[c] === 0) {
          if (nSym >= 255) throw new RangeError('lexicon alphabet too large');
          sym[c] = nSym++;
        }
      }
    }
    const trie: Map<number, number>[] = [new Map<number, number>()];
    const exact: number[] = [-1];
    const stem: number[] = [-1];
    const tail: number[] = [0];
    const kkTail: number[] = [0];
    const reqStem: number[] = [-1];
    const reqTail: number[] = [0];
    const reqKind: number[] = [REQUEST_NONE];
    words.forEach((w, id) => {
      let s = 0;
      for (let i = 0; i < w.chars.length; i++) {
        const x = sym[w.chars.charCodeAt(i)]!;
        let t = trie[s]!.get(x);
        if (t === undefined) {
          t = trie.length;
          trie.push(new Map<number, number>());
          exact.push(-1);
          stem.push(-1);
          tail.push(0);
          kkTail.push(0);
          reqStem.push(-1);
          reqTail.push(0);
          reqKind.push(REQUEST_NONE);
          trie[s]!.set(x, t);
        }
        s = t;
      }
      if (w.maxTail === 0) exact[s] = id;
      else if (w.request !== REQUEST_NONE) {
        reqStem[s] = id;
        reqTail[s] = Math.min(255, w.maxTail);
        reqKind[s] = w.request;
      } else {
        stem[s] = id;
        tail[s] = Math.max(tail[s]!, Math.min(255, w.maxTail));
        kkTail[s] = w.kkTail ? 1 : 0;
      }
    });
    this.sym = sym;
    this.nSym = nSym;
    this.next = new Int32Array(trie.length * nSym).fill(-1);
    trie.forEach((m, s) => {
      for (const [x, t] of m) this.next[s * nSym + x] = t;
    });
    this.exact = Int32Array.from(exact);
    this.stem = Int32Array.from(stem);
    this.tail = Uint8Array.from(tail);
    this.kkTail = Uint8Array.from(kkTail);
    this.reqStem = Int32Array.from(reqStem);
    this.reqTail = Uint8Array.from(reqTail);
    this.reqKind = Uint8Array.from(reqKind);
    this.endings = new WordEndings(kkEndings, reportForms);
    this.wordCount = words.length;
    this.index = new PhraseIndex(phrases, words.length);
  }

  private tailOk(s: number, buf: Uint16Array, p: number, to: number): boolean {
    return to - p - 1 <= this.tail[s]! && (this.kkTail[s] === 0 || this.endings.kazakh(buf, p + 1, to));
  }

  /** The request stem at state s, when the word's ending after p does not make it a report; else -1. */
  private request(s: number, buf: Uint16Array, p: number, to: number): number {
    const id = this.reqStem[s]!;
    if (id < 0 || to - p - 1 > this.reqTail[s]!) return -1;
    return this.endings.request(this.reqKind[s] as Request, buf, p + 1, to) ? id : -1;
  }

  /**
   * Lexicon word ids of each text word (up to CANDIDATES, -1 padded), reused by the next call. What a word
   * yields depends only on its folded characters and how it is walked, so words with letters are looked up
   * in the cache first; numbers (new on every message) are walked directly.
   */
  wordIds(tokens: Tokens, digitCyr: number[][], digitLat: number[][]): Int32Array {
    const n = tokens.count;
    if (this.cand.length < n * CANDIDATES) this.cand = new Int32Array(n * CANDIDATES * 2);
    if (this.extra.length < n) this.extra = new Int32Array(n * 2);
    const cand = this.cand;
    const extra = this.extra;
    const perWord = this.perWord;
    const cache = this.cache;
    const buf = tokens.buf;
    for (let i = 0; i < n; i++) {
      const from = tokens.bufStart[i]!;
      const to = tokens.bufEnd[i]!;
      const slot = i * CANDIDATES;
      const script = tokens.script[i]!;
      const tag = tokens.spaced[i] === 1 ? TAG_SPACED : tokens.leet[i] === 1 ? (script === SCRIPT_CYR ? TAG_LEET_CYR : TAG_LEET_LAT) : TAG_PLAIN;
      if (script === 0 || to - from > CACHE_MAX_LEN) {
        for (let k = 0; k < CANDIDATES; k++) cand[slot + k] = -1;
        this.walkAs(tag, buf, from, to, slot, digitCyr, digitLat);
        // A number has no per-word value: only words with letters are asked about.
        extra[i] = script === 0 || perWord === undefined ? -1 : perWord(tokens, i);
        continue;
      }
      const hash = tokens.hash[i]!;
      let e = cache.lookup(buf, from, to, tag, hash);
      if (e < 0) {
        for (let k = 0; k < CANDIDATES; k++) cand[slot + k] = -1;
        this.walkAs(tag, buf, from, to, slot, digitCyr, digitLat);
        e = cache.add(buf, from, to, tag, hash);
        for (let k = 0; k < CANDIDATES; k++) cache.vals[e * CACHE_WIDTH + k] = cand[slot + k]!;
        extra[i] = cache.vals[e * CACHE_WIDTH + CANDIDATES] = perWord === undefined ? -1 : perWord(tokens, i);
        continue;
      }
      const vals = cache.vals;
      for (let k = 0; k < CANDIDATES; k++) cand[slot + k] = vals[e * CACHE_WIDTH + k]!;
      extra[i] = vals[e * CACHE_WIDTH + CANDIDATES]!;
    }
    return cand;
  }

  /** What `perWord` gave for each word of the last wordIds() call. */
  get perWordValues(): Int32Array {
    return this.extra;
  }

  private walkAs(tag: number, buf: Uint16Array, from: number, to: number, slot: number, digitCyr: number[][], digitLat: number[][]): void {
    if (tag === TAG_SPACED) this.walkInside(buf, from, to, slot);
    else if (tag === TAG_PLAIN) this.walk(buf, from, to, slot);
    else this.walkLeet(buf, from, to, 0, from, slot, tag === TAG_LEET_CYR ? digitCyr : digitLat);
  }

  private push(slot: number, id: number): void {
    const c = this.cand;
    for (let k = 0; k < CANDIDATES; k++) {
      const v = c[slot + k]!;
      if (v === id) return;
      if (v === -1) {
        c[slot + k] = id;
        return;
      }
    }
  }

  private walk(buf: Uint16Array, from: number, to: number, slot: number): void {
    const { sym, next, nSym, stem, exact, reqStem } = this;
    let s = 0;
    // Found longest-first: remember valid stems along the way, then push in reverse.
    let f0 = -1;
    let f1 = -1;
    let f2 = -1;
    for (let p = from; p < to; p++) {
      const x = sym[buf[p]!]!;
      if (x === 0) {
        this.flush(slot, f0, f1, f2);
        return;
      }
      s = next[s * nSym + x]!;
      if (s < 0) {
        this.flush(slot, f0, f1, f2);
        return;
      }
      const id = stem[s]!;
      if (id >= 0 && this.tailOk(s, buf, p, to)) {
        f2 = f1;
        f1 = f0;
        f0 = id;
      }
      if (reqStem[s]! >= 0) {
        const r = this.request(s, buf, p, to);
        if (r >= 0) {
          f2 = f1;
          f1 = f0;
          f0 = r;
        }
      }
    }
    const e = exact[s]!;
    if (e >= 0) {
      f2 = f1;
      f1 = f0;
      f0 = e;
    }
    this.flush(slot, f0, f1, f2);
  }

  /**
   * Words joined from spaced letters ("срочноперезвоните") lost their boundaries: look for lexicon stems
   * starting anywhere inside, accepting a stem only when it is long enough not to match by chance.
   */
  private walkInside(buf: Uint16Array, from: number, to: number, slot: number): void {
    this.walk(buf, from, to, slot);
    for (let start = from + 1; start < to; start++) {
      let s = 0;
      for (let p = start; p < to; p++) {
        const x = this.sym[buf[p]!]!;
        if (x === 0) break;
        s = this.next[s * this.nSym + x]!;
        if (s < 0) break;
        const id = this.stem[s]! >= 0 ? this.stem[s]! : this.reqStem[s]!;
        if (id >= 0 && p - start + 1 >= INSIDE_MIN) this.push(slot, id);
        else if (p === to - 1 && this.exact[s]! >= 0 && p - start + 1 >= INSIDE_MIN) this.push(slot, this.exact[s]!);
      }
    }
  }

  private flush(slot: number, a: number, b: number, c: number): void {
    if (a >= 0) this.push(slot, a);
    if (b >= 0) this.push(slot, b);
    if (c >= 0) this.push(slot, c);
  }

  /** The same walk, trying each reading of a digit written for a letter (depth-first, bounded by the word). */
  private walkLeet(buf: Uint16Array, from: number, to: number, s: number, p: number, slot: number, alts: number[][]): void {
    if (p === to) {
      const e = this.exact[s]!;
      if (e >= 0) this.push(slot, e);
      return;
    }
    const c = buf[p]!;
    const readings = c >= 48 && c < 48 + alts.length ? alts[c - 48]! : null;
    // A digit is also read as itself, for the names that carry one ("Tele2").
    const count = readings ? readings.length + 1 : 1;
    for (let r = 0; r < count; r++) {
      const x = this.sym[readings && r < readings.length ? readings[r]! : c]!;
      if (x === 0) continue;
      const t = this.next[s * this.nSym + x]!;
      if (t < 0) continue;
      this.walkLeet(buf, from, to, t, p + 1, slot, alts);
      const id = this.stem[t]!;
      if (id >= 0 && this.tailOk(t, buf, p, to)) this.push(slot, id);
      if (this.reqStem[t]! >= 0) {
        const r = this.request(t, buf, p, to);
        if (r >= 0) this.push(slot, r);
      }
    }
  }

  get phraseList(): readonly Phrase[] {
    return this.index.phrases;
  }

  /** Every phrase occurrence, scanning text words left to right. */
  phrases(cand: Int32Array, n: number, out: PhraseMatches, places?: WordPlaces): void {
    this.index.match(cand, n, out, places);
  }
}
