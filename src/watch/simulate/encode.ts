// Writes simulated events as JSONL or CSV lines (hand-built strings: this is the hot path of
// generating tens of millions of events). CSV: header type,ts,from,to,durationS,mentioned,text with
// RFC 4180 quoting, mentioned joined by ";", ts in epoch ms.
import type { SimEvent } from './sim-event.js';

export type SimFormat = 'jsonl' | 'csv';

export interface EncodeOptions {
  format: SimFormat;
  /** false: write the mentioned numbers instead of the text, as operators that keep no texts do. */
  withText: boolean;
}

export const CSV_HEADER = 'type,ts,from,to,durationS,mentioned,text\n';

function needsJsonEscape(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

function jsonString(s: string): string {
  return needsJsonEscape(s) ? JSON.stringify(s) : `"${s}"`;
}

const NEEDS_CSV_QUOTE = /[",\r\n]/;

export function csvField(s: string): string {
  return NEEDS_CSV_QUOTE.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const PAD = ['', '0', '00', '000', '0000', '00000'];

/** Epoch ms as text: two small integers convert several times faster than one large double. */
export function tsText(ts: number): string {
  if (ts < 1e6 || !Number.isInteger(ts)) return String(ts);
  const hi = Math.floor(ts / 1e6);
  const lo = String(ts - hi * 1e6);
  return `${hi}${PAD[6 - lo.length]!}${lo}`;
}

export function jsonlLine(e: SimEvent, withText: boolean): string {
  // addresses are digits, "+" or sender ids (the profile schema allows only [A-Za-z0-9 ._-]): nothing to escape
  if (e.type === 'call') return `{"type":"call","ts":${tsText(e.ts)},"from":"${e.from}","to":"${e.to}","durationS":${e.durationS}}\n`;
  const head = `{"type":"sms","ts":${tsText(e.ts)},"from":"${e.from}","to":"${e.to}",`;
  if (withText) return `${head}"text":${jsonString(e.text)}}\n`;
  let m = '';
  for (let i = 0; i < e.mentioned.length; i++) m += `${i > 0 ? ',' : ''}"${e.mentioned[i]!}"`;
  return `${head}"mentioned":[${m}]}\n`;
}

export function csvLine(e: SimEvent, withText: boolean): string {
  if (e.type === 'call') return `call,${tsText(e.ts)},${e.from},${e.to},${e.durationS},,\n`;
  const head = `sms,${tsText(e.ts)},${e.from},${e.to},,`;
  return withText ? `${head},${csvField(e.text)}\n` : `${head}${e.mentioned.join(';')},\n`;
}

/** One batch as one string (a single write per slice). */
export function encodeBatch(events: readonly SimEvent[], opts: EncodeOptions): string {
  let out = '';
  if (opts.format === 'csv') for (const e of events) out += csvLine(e, opts.withText);
  else for (const e of events) out += jsonlLine(e, opts.withText);
  return out;
}
