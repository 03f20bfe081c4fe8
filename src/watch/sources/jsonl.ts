// A JSONL event parser over Buffers: one JSON object a line, checked against the event schema.
import type { WatchEvent } from '../events.js';
import { toEvent } from './event-schema.js';
import { Issues } from './issues.js';

export class JsonlEventParser {
  private carry: Buffer | null = null;
  line = 0;
  events = 0;

  constructor(
    private readonly push: (e: WatchEvent) => void,
    readonly issues = new Issues(),
  ) {}

  write(chunk: Buffer): void {
    const data = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = null;
    let pos = 0;
    for (;;) {
      const nl = data.indexOf(10, pos);
      if (nl < 0) break;
      this.one(data, pos, nl);
      pos = nl + 1;
    }
    if (pos < data.length) this.carry = Buffer.from(data.subarray(pos));
  }

  end(): void {
    if (this.carry && this.carry.length > 0) this.one(this.carry, 0, this.carry.length);
    this.carry = null;
  }

  private one(data: Buffer, s: number, e: number): void {
    this.line++;
    if (e > s && data[e - 1] === 13) e--;
    if (e === s) return;
    let v: unknown;
    try {
      v = JSON.parse(data.toString('utf8', s, e));
    } catch {
      this.issues.add(this.line, 'not valid JSON');
      return;
    }
    const ev = toEvent(v);
    if (typeof ev === 'string') {
      this.issues.add(this.line, ev);
      return;
    }
    this.events++;
    this.push(ev);
  }
}
