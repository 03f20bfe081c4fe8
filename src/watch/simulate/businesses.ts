// Lines that many people call and no message names: shops, clinics, taxi dispatch, call centres.
// They work by day and go quiet at night, the same lines day after day, a few very busy and most
// modest; some call their customers back, some never call out. To a detector they look like the line
// of a lure spread by e-mail, just as unnamed and just as popular: only that the lure's line is new
// tells the two apart, and a detector that has not watched the day before cannot know which is new.
import type { SimContext } from './context.js';
import { DAY, localHour } from './context.js';
import { KZ_CITY_CODES } from './numbers.js';
import { AliasTable } from './prng.js';
import type { Rng } from './prng.js';
import { call, NO_TAG } from './sim-event.js';
import type { SimEvent } from './sim-event.js';
import type { Source } from './social.js';

/** Subscribers per business line. */
const PER_LINE = 4000;
const OPEN_FROM = 9;
const OPEN_TO = 20;

interface Line {
  number: string;
  tag: number;
  /** Calls out per call in (0: the line never calls out). */
  callsOut: number;
}

export class BusinessSource implements Source {
  private readonly rng: Rng;
  private readonly lines: Line[] = [];
  private readonly pick: AliasTable;
  private readonly perMs: number;

  constructor(private readonly ctx: SimContext) {
    this.rng = ctx.rng(6);
    const n = Math.max(2, Math.round(ctx.subscribers / PER_LINE));
    const weights: number[] = [];
    for (let i = 0; i < n; i++) {
      // a third of small businesses work from a mobile; the rest from a city line
      const number = this.rng.chance(1 / 3) ? ctx.plan.freshMobile() : ctx.plan.freshFixed(this.rng.pick(KZ_CITY_CODES));
      this.lines.push({ number, tag: ctx.truth.legitTag(number, 'business', `business-${i + 1}`), callsOut: this.rng.chance(0.5) ? 0 : this.rng.range(0.05, 0.3) });
      // Zipf-like: the first lines are call centres, the last a corner shop
      weights.push(1 / (i + 1));
    }
    this.pick = new AliasTable(weights);
    // all of the day's calls to businesses fall within opening hours
    this.perMs = ((ctx.subscribers * ctx.rates.businessCallsPerDay) / DAY) * (24 / (OPEN_TO - OPEN_FROM));
  }

  emit(from: number, to: number, out: SimEvent[]): void {
    const h = localHour(from);
    if (h < OPEN_FROM || h >= OPEN_TO) return;
    const ctx = this.ctx;
    const rng = this.rng;
    const span = to - from;
    const n = rng.poisson(this.perMs * span);
    for (let k = 0; k < n; k++) {
      const line = this.lines[this.pick.draw(rng)]!;
      const ts = from + rng.int(span);
      const customer = ctx.subs[rng.int(ctx.subscribers)]!;
      const missed = rng.chance(0.15);
      out.push(call(ts, customer, line.number, missed ? 0 : Math.max(5, Math.round(rng.logNormal(100, 0.9))), line.tag));
      if (line.callsOut > 0 && rng.chance(line.callsOut)) {
        ctx.schedule(call(ts + Math.round(rng.range(5, 240) * 60_000), line.number, ctx.subs[rng.int(ctx.subscribers)]!, Math.max(5, Math.round(rng.logNormal(70, 0.8))), NO_TAG));
      }
    }
  }
}
