// Collects events in memory and keeps the ground truth of the numbers under watch (scam and legit) from
// the events actually emitted, so truth.json cannot disagree with events.csv.
export interface Stat {
  first: number;
  last: number;
  callsIn: number;
  callers: Set<string>;
  mentions: number;
}

export class Sink {
  readonly ts: number[] = [];
  readonly rows: string[] = [];
  readonly watched = new Map<string, Stat>();

  constructor(readonly startMs: number, readonly endMs: number) {}

  watch(number: string): void {
    this.watched.set(number, { first: Infinity, last: -Infinity, callsIn: 0, callers: new Set(), mentions: 0 });
  }

  sms(at: number, from: string, to: string, mentioned: readonly string[] = []): void {
    const ts = Math.round(at);
    if (!this.keep(ts)) return;
    this.touch(from, ts);
    for (const m of mentioned) { const s = this.touch(m, ts); if (s) s.mentions++; }
    this.push(ts, `sms,${ts},${from},${to},,${mentioned.join(';')},`);
  }

  call(at: number, from: string, to: string, durationS: number): void {
    const ts = Math.round(at);
    if (!this.keep(ts)) return;
    this.touch(from, ts);
    const s = this.touch(to, ts);
    if (s) { s.callsIn++; s.callers.add(from); }
    this.push(ts, `call,${ts},${from},${to},${Math.round(durationS)},,`);
  }

  private keep(ts: number): boolean { return ts >= this.startMs && ts < this.endMs; }

  private push(ts: number, row: string): void { this.ts.push(ts); this.rows.push(row); }

  private touch(number: string, ts: number): Stat | undefined {
    const s = this.watched.get(number);
    if (s) { s.first = Math.min(s.first, ts); s.last = Math.max(s.last, ts); }
    return s;
  }
}
