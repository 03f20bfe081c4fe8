// Background person-to-person traffic with community structure: people call and text the same few
// relatives and friends again and again (a Zipf-like preference over a small circle inside a
// neighbourhood block), activity is heavy-tailed, and it follows the day.
import type { SimContext } from './context.js';
import { DAY, DIURNAL, localHour } from './context.js';
import { hash2 } from './prng.js';
import type { Rng } from './prng.js';
import { call, NO_MENTIONS, sms } from './sim-event.js';
import type { SimEvent } from './sim-event.js';

export interface Source {
  /** Appends the events that start in [from, to) — in any order; the simulator sorts each slice. */
  emit(from: number, to: number, out: SimEvent[]): void;
}

const BLOCK = 150;
const CIRCLE = 8;

export class SocialSource implements Source {
  private readonly rng: Rng;
  private readonly trng: Rng;
  private readonly callsPerMs: number;
  private readonly smsPerMs: number;

  constructor(private readonly ctx: SimContext) {
    this.rng = ctx.rng(1);
    this.trng = ctx.rng(501);
    this.callsPerMs = (ctx.subscribers * ctx.rates.callsPerDay) / DAY;
    this.smsPerMs = (ctx.subscribers * ctx.rates.p2pSmsPerDay) / DAY;
  }

  /** Someone i knows: mostly the same handful of people, sometimes a neighbour, rarely anyone. */
  contact(i: number): number {
    const n = this.ctx.subscribers;
    const rng = this.rng;
    const u = rng.next();
    let j: number;
    if (u < 0.8 || n <= BLOCK) {
      const k = Math.floor(CIRCLE * Math.pow(rng.next(), 3));
      const blockStart = i - (i % BLOCK);
      const size = Math.min(BLOCK, n - blockStart);
      j = blockStart + (hash2(i, k) % size);
    } else if (u < 0.95) {
      const blockStart = i - (i % BLOCK);
      j = blockStart + rng.int(Math.min(BLOCK, n - blockStart));
    } else {
      j = rng.int(n);
    }
    return j === i ? (i + 1) % n : j;
  }

  emit(from: number, to: number, out: SimEvent[]): void {
    const ctx = this.ctx;
    const rng = this.rng;
    const span = to - from;
    const f = DIURNAL[localHour(from)]!;
    const calls = rng.poisson(this.callsPerMs * span * f);
    for (let c = 0; c < calls; c++) {
      const a = ctx.activity.draw(rng);
      const b = this.contact(a);
      const missed = rng.chance(0.12);
      const d = missed ? 0 : Math.max(1, Math.min(5400, Math.round(rng.logNormal(75, 1.05))));
      out.push(call(from + rng.int(span), ctx.subs[a]!, ctx.subs[b]!, d));
    }
    const texts = rng.poisson(this.smsPerMs * span * f);
    const p2p = ctx.profile.texts.p2p;
    for (let s = 0; s < texts; s++) {
      const a = ctx.activity.draw(rng);
      const b = this.contact(a);
      out.push(sms(from + rng.int(span), ctx.subs[a]!, ctx.subs[b]!, ctx.pooledText(`p2p|${ctx.lang(a)}`, this.trng, p2p[ctx.lang(a)], () => ({})), NO_MENTIONS));
    }
  }
}
