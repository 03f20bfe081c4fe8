// A byte-level CSV event parser (RFC 4180 quoting) over Buffers: fields are located by scanning bytes,
// numbers and texts are hashed in place, and strings are made only for what the detector must keep
// (a text it has not seen, a mentioned number). Header: type,ts,from,to,durationS,mentioned,text.
import { H, hashNumberBytes, isNumericSender } from '../hash.js';
import type { RowSink } from '../event-rows.js';
import { NO_TEXT } from '../prepare.js';
import type { Preparer } from '../prepare.js';
import { CsvLines } from './csv-lines.js';
import { epochMs, parseEventTime } from './event-time.js';
import { Issues } from './issues.js';

const COLUMNS = ['type', 'ts', 'from', 'to', 'durationS', 'mentioned', 'text'] as const;
type Column = (typeof COLUMNS)[number];
const MAX_FIELDS = 32;
/**
 * The names exports give each column (lower-cased): the documented one first, then those of call-record and SMS-log
 * exports ("caller", "a_number", "timestamp", "duration", "body").
 */
const SYNONYMS: Record<Column, readonly string[]> = {
  type: ['type', 'event', 'event_type', 'kind', 'record_type'],
  ts: ['ts', 'timestamp', 'time', 'datetime', 'date_time', 'event_time', 'start_time'],
  from: ['from', 'caller', 'a_number', 'anumber', 'calling', 'calling_number', 'src', 'source', 'sender'],
  to: ['to', 'callee', 'b_number', 'bnumber', 'called', 'called_number', 'dst', 'destination', 'recipient'],
  durationS: ['durations', 'duration', 'duration_s', 'duration_sec', 'dur', 'seconds'],
  mentioned: ['mentioned', 'mentions', 'numbers'],
  text: ['text', 'body', 'message', 'content', 'sms_text'],
};

/**
 * The separator of a CSV whose header line is data[0, end): the one of ',', ';' and tab that stands most often outside
 * quotes, ',' on a tie. Spreadsheets in Russian and Kazakh locales save CSV with ';'.
 */
function delimiterOf(data: Buffer, end: number): number {
  let comma = 0;
  let semi = 0;
  let tab = 0;
  let quoted = false;
  for (let i = 0; i < end; i++) {
    const c = data[i]!;
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 44) comma++;
    else if (c === 59) semi++;
    else if (c === 9) tab++;
  }
  if (semi > comma && semi >= tab) return 59;
  if (tab > comma && tab > semi) return 9;
  return 44;
}

/**
 * Whether data[at, at + len) is the lower-case ASCII `word` in any case (bit 5 set lowers a letter): exports write
 * the kind in capitals as often as not.
 */
function isWord(data: Buffer, at: number, len: number, word: string): boolean {
  if (len !== word.length) return false;
  for (let i = 0; i < len; i++) if ((data[at + i]! | 32) !== word.charCodeAt(i)) return false;
  return true;
}

export class CsvEventParser {
  private carry: Buffer | null = null;
  private col: Record<Column, number> | null = null;
  /** The one-pass reader of common lines, once the header shows the default column order. */
  private lines: CsvLines | null = null;
  /** The highest column index a record must have. */
  private required = 3;
  /** The field separator, read off the header line (0 until then): ',' as documented, ';' or a tab as spreadsheets export. */
  private delim = 0;
  private readonly fs = new Int32Array(MAX_FIELDS);
  private readonly fe = new Int32Array(MAX_FIELDS);
  /** 0 unquoted, 1 quoted, 2 quoted with doubled quotes inside. */
  private readonly fq = new Uint8Array(MAX_FIELDS);
  /** Physical lines consumed so far. */
  line = 0;
  events = 0;

  constructor(
    private readonly prep: Preparer,
    private readonly sink: RowSink,
    readonly issues = new Issues(),
  ) {}

  write(chunk: Buffer): void {
    let data = chunk;
    if (this.carry) {
      // the record cut at the chunk's start is read on its own, so that the chunk is not copied
      const nl = chunk.indexOf(10);
      if (nl < 0) {
        this.carry = Buffer.concat([this.carry, chunk]);
        return;
      }
      const head = Buffer.concat([this.carry, chunk.subarray(0, nl + 1)]);
      this.carry = null;
      const done = this.parse(head, false);
      // a quoted field with a newline in it goes on past that newline: read on from a copy then
      data = done < head.length ? Buffer.concat([head.subarray(done), chunk.subarray(nl + 1)]) : chunk.subarray(nl + 1);
    }
    const rest = this.parse(data, false);
    if (rest < data.length) this.carry = Buffer.from(data.subarray(rest));
  }

  end(): void {
    if (this.carry && this.carry.length > 0) this.parse(this.carry, true);
    this.carry = null;
    if (!this.col) this.issues.add(1, 'no header row');
  }

  /** Parses whole records from data; returns where the first incomplete record starts. */
  private parse(data: Buffer, final: boolean): number {
    if (this.delim === 0) {
      const nl = data.indexOf(10);
      if (nl < 0 && !final) return 0;
      this.delim = delimiterOf(data, nl < 0 ? data.length : nl);
    }
    const delim = this.delim;
    const len = data.length;
    const fs = this.fs;
    const fe = this.fe;
    const fq = this.fq;
    let pos = 0;
    while (pos < len) {
      if (this.lines !== null) {
        const next = this.lines.line(data, pos, len);
        if (next >= 0) {
          this.line++;
          this.events++;
          pos = next;
          continue;
        }
      }
      let i = pos;
      let f = 0;
      let extraLines = 0;
      let complete = false;
      let bad: string | null = null;
      for (;;) {
        if (i >= len) break;
        if (f >= MAX_FIELDS) {
          bad = 'too many fields';
          const nl = data.indexOf(10, i);
          if (nl < 0) break;
          i = nl + 1;
          complete = true;
          break;
        }
        let c = data[i]!;
        if (c === 34) {
          let j = i + 1;
          let q = 1;
          for (;;) {
            const k = data.indexOf(34, j);
            if (k < 0) {
              j = -1;
              break;
            }
            if (data[k + 1] === 34) {
              q = 2;
              j = k + 2;
              continue;
            }
            j = k;
            break;
          }
          if (j < 0 || j + 1 > len) break;
          fs[f] = i + 1;
          fe[f] = j;
          fq[f] = q;
          for (let k = i + 1; k < j; k++) if (data[k] === 10) extraLines++;
          i = j + 1;
          if (i >= len) break;
          c = data[i]!;
        } else {
          const s = i;
          while (c !== delim && c !== 10 && c !== 13) {
            i++;
            if (i >= len) break;
            c = data[i]!;
          }
          if (i >= len) break;
          fs[f] = s;
          fe[f] = i;
          fq[f] = 0;
        }
        f++;
        if (c === delim) {
          i++;
          if (i >= len) break;
          continue;
        }
        if (c === 13) {
          i++;
          if (i >= len) break;
          c = data[i]!;
        }
        if (c === 10) {
          i++;
          complete = true;
          break;
        }
        bad = 'unexpected character after a quoted field';
        const nl = data.indexOf(10, i);
        if (nl < 0) break;
        i = nl + 1;
        complete = true;
        break;
      }
      if (!complete) {
        if (!final) return pos;
        // the last record of the input, without a newline
        if (i >= len && bad === null && pos < len) {
          const tail = Buffer.concat([data.subarray(pos), Buffer.from('\n')]);
          this.parse(tail, false);
          return len;
        }
      }
      this.line++;
      if (bad !== null) this.issues.add(this.line, bad);
      else this.record(data, f);
      this.line += extraLines;
      pos = i;
    }
    return pos;
  }

  private record(data: Buffer, n: number): void {
    const fs = this.fs;
    const fe = this.fe;
    if (n === 1 && fe[0] === fs[0]) return; // blank line
    const col = this.col;
    if (!col) {
      this.header(data, n);
      return;
    }
    if (n <= this.required) {
      this.issues.add(this.line, `expected at least ${this.required + 1} fields, got ${n}`);
      return;
    }
    const t0 = fs[col.type]!;
    const tl = fe[col.type]! - t0;
    // "voice" is what call records name their calls
    const isCall = isWord(data, t0, tl, 'call') || isWord(data, t0, tl, 'voice');
    const isSms = isWord(data, t0, tl, 'sms');
    if (!isCall && !isSms) {
      this.issues.add(this.line, `unknown event type "${data.toString('utf8', t0, Math.min(fe[col.type]!, t0 + 20))}"`);
      return;
    }
    const ts = this.ts(data, fs[col.ts]!, fe[col.ts]!);
    if (Number.isNaN(ts)) {
      this.issues.add(this.line, 'bad ts: neither epoch milliseconds nor ISO-8601');
      return;
    }
    const fromS = fs[col.from]!;
    const fromE = fe[col.from]!;
    const toS = fs[col.to]!;
    const toE = fe[col.to]!;
    if (fromE === fromS || toE === toS) {
      this.issues.add(this.line, 'empty from or to');
      return;
    }
    if (isCall) {
      if (!hashNumberBytes(data, toS, toE)) {
        this.issues.add(this.line, 'callee is not a number');
        return;
      }
      const c1 = H[0]!;
      const c2 = H[1]!;
      this.prep.subscriberBytes(data, fromS, fromE);
      this.sink.pushRow(this.prep.rows.callRow(ts, H[0]!, H[1]!, c1, c2, null, data, toS, toE));
      this.events++;
      return;
    }
    let text = NO_TEXT;
    const mc = col.mentioned;
    const tc = col.text;
    if (mc >= 0 && mc < n && fe[mc]! > fs[mc]!) text = this.prep.mentionedBytes(data, fs[mc]!, fe[mc]!);
    else if (tc >= 0 && tc < n && fe[tc]! > fs[tc]!) {
      text = this.prep.textBytes(data, fs[tc]!, fe[tc]!, this.fq[tc]!);
    }
    this.events++;
    if (text.callsSender && isNumericSender(data, fromS, fromE)) text = this.prep.withSender(text, data.toString('latin1', fromS, fromE));
    if (text.mentions.length === 0 && !isNumericSender(data, fromS, fromE)) {
      this.sink.passSms(ts);
      return;
    }
    // the recipient matters only to a message that names a number: most name none
    let s1 = 0;
    let s2 = 0;
    if (text.mentions.length > 0) {
      this.prep.subscriberBytes(data, toS, toE);
      s1 = H[0]!;
      s2 = H[1]!;
    }
    this.sink.pushRow(this.prep.rows.sms(ts, s1, s2, this.prep.senderBytes(data, fromS, fromE), text));
  }

  private ts(data: Buffer, s: number, e: number): number {
    if (e === s) return Number.NaN;
    let v = 0;
    for (let i = s; i < e; i++) {
      const d = data[i]! - 48;
      if (d < 0 || d > 9) return parseEventTime(data.toString('latin1', s, e));
      v = v * 10 + d;
    }
    return epochMs(v);
  }

  private header(data: Buffer, n: number): void {
    const names: string[] = [];
    // exports capitalize column names as they please ("TS", "From", "durations")
    for (let i = 0; i < n; i++) names.push(data.toString('utf8', this.fs[i], this.fe[i]).trim().replace(/^\uFEFF/, '').toLowerCase());
    const col = {} as Record<Column, number>;
    for (const c of COLUMNS) col[c] = names.findIndex((name) => SYNONYMS[c].includes(name));
    const missing = (['type', 'ts', 'from', 'to'] as const).filter((c) => col[c] < 0);
    if (missing.length > 0) {
      this.issues.add(this.line, `header lacks ${missing.join(', ')} (expected ${COLUMNS.join(',')})`);
      // the default layout, so that a file without a header row is still read
      COLUMNS.forEach((c, i) => (col[c] = i));
      this.col = col;
      this.required = 3;
      this.record(data, n);
      return;
    }
    this.col = col;
    this.required = Math.max(col.type, col.ts, col.from, col.to);
    if (this.delim === 44 && COLUMNS.every((c, i) => col[c] === i)) this.lines = new CsvLines(this.prep, this.sink);
  }
}
