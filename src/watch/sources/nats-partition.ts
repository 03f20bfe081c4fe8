// How Watch events are spread over partitions for scale-out: by the number each event concerns. A
// call goes to its callee's partition (fan-in, priming) and to its caller's (the caller's own
// outgoing history, which decides "inbound only"); an SMS goes to the partition of every number it
// mentions and, when sent from a phone number, to the sender's. Each partition's detector then sees
// every event that can change the state of the numbers it owns — so the union of partitions gives
// the single-process result.
import type { WatchEvent } from '../events.js';
import { canonicalNumber, isNumericSender } from '../hash.js';
import type { ReadText, TextReading } from '../ports.js';

/** FNV-1a of the canonical key, modulo the partition count. */
export function partitionOf(key: string, count: number): number {
  const k = canonicalNumber(key);
  let h = 0x811c9dc5;
  for (let i = 0; i < k.length; i++) h = Math.imul(h ^ k.charCodeAt(i), 0x01000193);
  return (h >>> 0) % count;
}

function numericSender(s: string): boolean {
  const b = Buffer.from(s, 'utf8');
  return isNumericSender(b, 0, b.length);
}

/** The numbers an SMS mentions: its `mentioned` list, else what the text reader finds in its text. */
export function mentionsOf(e: Extract<WatchEvent, { type: 'sms' }>, readText: ReadText): string[] {
  if (e.mentioned && e.mentioned.length > 0) return e.mentioned;
  if (e.text !== undefined && e.text !== '') return readText(e.text).mentioned;
  return [];
}

/** The partitions one event goes to (at least one; SMS that concern nobody go to the recipient's). */
export function partitionsOf(e: WatchEvent, count: number, readText: ReadText): number[] {
  const out: number[] = [];
  const add = (p: number): void => {
    if (!out.includes(p)) out.push(p);
  };
  if (e.type === 'call') {
    add(partitionOf(e.to, count));
    add(partitionOf(e.from, count));
    return out;
  }
  for (const m of mentionsOf(e, readText)) add(partitionOf(m, count));
  if (numericSender(e.from)) add(partitionOf(e.from, count));
  if (out.length === 0) add(partitionOf(e.to, count));
  return out;
}

/** A text reader for partition p's detector: it sees only the mentioned numbers that p owns. */
export function partitionReader(readText: ReadText, p: number, count: number): ReadText {
  return (text: string): TextReading => {
    const r = readText(text);
    return { mentioned: r.mentioned.filter((k) => partitionOf(k, count) === p), lure: r.lure };
  };
}

/** An event as partition p's detector must see it: an SMS keeps only the mentioned numbers p owns. */
export function eventForPartition(e: WatchEvent, p: number, count: number): WatchEvent {
  if (e.type === 'call' || !e.mentioned || e.mentioned.length === 0) return e;
  return { ...e, mentioned: e.mentioned.filter((k) => partitionOf(k, count) === p) };
}

/** Parses "0-7", "0,2,4-5" into partition numbers below count. */
export function parsePartitions(spec: string, count: number): number[] {
  const out = new Set<number>();
  for (const part of spec.split(',')) {
    const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
    if (!m) throw new RangeError(`bad partition list "${spec}" (expected e.g. 0-7 or 0,2,4-5)`);
    const lo = Number(m[1]);
    const hi = m[2] === undefined ? lo : Number(m[2]);
    if (hi < lo || hi >= count) throw new RangeError(`partitions ${part.trim()} outside 0-${count - 1}`);
    for (let p = lo; p <= hi; p++) out.add(p);
  }
  return [...out].sort((a, b) => a - b);
}
