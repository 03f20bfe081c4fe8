// What may follow a lexicon stem in a text word: a Kazakh stem takes only known Kazakh suffixes ("қате" + "лер",
// not "кате" + "гория"), and a verb the lexicon writes as a request does not take the endings of a report of it
// ("аударыңыз" reads "аударыңдар", not "аудардым"; "оплатите" reads "оплатить", not "оплатила"). The endings are
// data (kk-suffixes.json, ru-verbs.json), folded as the text is.

/** How a request verb's reports are told apart: by how the Kazakh ending begins, or by the Russian past tense. */
export type Request = typeof REQUEST_NONE | typeof REQUEST_KK | typeof REQUEST_RU | typeof REQUEST_RU_LATIN;
export const REQUEST_NONE = 0;
export const REQUEST_KK = 1;
export const REQUEST_RU = 2;
/** A Russian request verb typed in Latin letters (ru-latin.ts). */
export const REQUEST_RU_LATIN = 3;

/** What a report of a request verb looks like after its stem (folded). */
export interface ReportForms {
  /** Beginnings of Kazakh endings. */
  kk: readonly string[];
  /** The whole Russian ending. */
  ru: RegExp;
  /** The whole Russian ending typed in Latin letters. */
  ruLatin: RegExp;
}

/** No reports told apart (a bare automaton, in tests). */
export const NO_REPORTS: ReportForms = { kk: [], ru: /$^/, ruLatin: /$^/ };

/** A string's UTF-16 code units, to compare with a folded word's in place. */
export function codeUnits(s: string): Uint16Array {
  return Uint16Array.from(s, (c) => c.charCodeAt(0));
}

/** Whether buf[from, to) begins with `head`. */
export function beginsWith(buf: Uint16Array, from: number, to: number, head: Uint16Array): boolean {
  if (to - from < head.length) return false;
  for (let i = 0; i < head.length; i++) if (buf[from + i] !== head[i]) return false;
  return true;
}

export class WordEndings {
  /** Trie of the Kazakh endings over char codes: child maps and end flags. */
  private readonly endNext: Map<number, number>[] = [new Map<number, number>()];
  private readonly endTerm: boolean[] = [false];
  private ok: Uint8Array = new Uint8Array(64);
  private readonly kkReports: readonly Uint16Array[];
  private readonly ruReport: RegExp;
  private readonly ruLatinReport: RegExp;

  constructor(kkEndings: readonly string[], reportForms: ReportForms = NO_REPORTS) {
    for (const e of kkEndings) {
      let s = 0;
      for (let i = 0; i < e.length; i++) {
        const c = e.charCodeAt(i);
        let t = this.endNext[s]!.get(c);
        if (t === undefined) {
          t = this.endNext.length;
          this.endNext.push(new Map<number, number>());
          this.endTerm.push(false);
          this.endNext[s]!.set(c, t);
        }
        s = t;
      }
      this.endTerm[s] = true;
    }
    this.kkReports = reportForms.kk.map(codeUnits);
    this.ruReport = reportForms.ru;
    this.ruLatinReport = reportForms.ruLatin;
  }

  /** Whether buf[from, to) splits into known Kazakh endings (a tiny dynamic programme over ≤ 12 letters). */
  kazakh(buf: Uint16Array, from: number, to: number): boolean {
    const n = to - from;
    if (n === 0) return true;
    if (this.ok.length <= n) this.ok = new Uint8Array(n + 1);
    const ok = this.ok;
    ok.fill(0, 0, n + 1);
    ok[0] = 1;
    for (let i = 0; i < n; i++) {
      if (ok[i] === 0) continue;
      let s = 0;
      for (let j = i; j < n; j++) {
        const t = this.endNext[s]!.get(buf[from + j]!);
        if (t === undefined) break;
        s = t;
        if (this.endTerm[s]) ok[j + 1] = 1;
      }
    }
    return ok[n] === 1;
  }

  /** Whether buf[from, to), the ending after a request verb's stem, is one the request takes. */
  request(kind: Request, buf: Uint16Array, from: number, to: number): boolean {
    if (kind === REQUEST_KK) return this.kazakh(buf, from, to) && !this.kkReports.some((r) => beginsWith(buf, from, to, r));
    return !(kind === REQUEST_RU_LATIN ? this.ruLatinReport : this.ruReport).test(String.fromCharCode(...buf.subarray(from, to)));
  }
}
