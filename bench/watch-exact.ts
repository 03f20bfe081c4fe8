// The exact baseline for bench/watch.bench.ts, run in a child process of its own so its memory is
// measured apart: the same byte-level CSV parser, then plain Maps of Sets for every count (fan-out,
// senders, fan-in for every callee, primed callers via a Map of the last (recipient, number) message).
// Prints one JSON line: {events, seconds, maxRssBytes, flagged}.
import { createReadStream } from 'node:fs';
import { peakRssBytes } from '../src/cli/peak-rss.js';
import { Detector } from '../src/watch/detector.js';
import type { Prepared } from '../src/watch/event-rows.js';
import { CsvEventParser } from '../src/watch/sources/csv.js';

const file = process.argv[2];
if (!file) throw new Error('usage: watch-exact.ts FILE.csv');
const PRIMING_MS = 6 * 3_600_000;

interface Exact {
  recipients: Set<number>;
  senders: Set<number>;
  callers: Set<number>;
  primed: Set<number>;
}
const numbers = new Map<number, Exact>();
const lastMention = new Map<string, number>();
const who = (a: number, b: number): number => (a >>> 11) * 0x100000000 + b;

function entry(n: number): Exact {
  let e = numbers.get(n);
  if (!e) numbers.set(n, (e = { recipients: new Set(), senders: new Set(), callers: new Set(), primed: new Set() }));
  return e;
}

function apply(p: Prepared): void {
  const r = who(p.s1, p.s2);
  if (p.call) {
    const n = who(p.c1, p.c2);
    const e = entry(n);
    e.callers.add(r);
    const t = lastMention.get(`${r}:${n}`);
    if (t !== undefined && t <= p.ts && p.ts - t <= PRIMING_MS) e.primed.add(r);
    return;
  }
  for (const m of p.text!.mentions) {
    const e = entry(m.id);
    e.recipients.add(r);
    e.senders.add(p.sender!.h);
    lastMention.set(`${r}:${m.id}`, p.ts);
  }
}

// the detector here only lends its Preparer (hashing, mention parsing); no sketch is touched
const prep = new Detector({ primingBits: 512, outgoingBits: 512, gateWidth: 1024 }, { readText: () => ({ mentioned: [], lure: Number.NaN }) }).prep;
// an SMS handed on as a clock tick names no number: the exact detector only counts it
let passed = 0;
const parser = new CsvEventParser(prep, { pushRow: (seq) => { apply(prep.rows.view(seq)); }, passSms: () => { passed++; } });
const t0 = process.hrtime.bigint();
for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) parser.write(chunk as Buffer);
parser.end();
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
let flagged = 0;
for (const e of numbers.values()) if (e.primed.size >= 8 && e.senders.size >= 2) flagged++;
console.log(JSON.stringify({ events: parser.events, passed, seconds, maxRssBytes: peakRssBytes(), flagged }));
