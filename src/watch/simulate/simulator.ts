// The traffic simulator: walks simulated time in one-minute slices, lets every source add the events
// of the slice, releases due callbacks from the heap, sorts the slice and hands it on. Memory is
// bounded by one slice plus pending callbacks, so any volume streams. Same options, same events.
import { SaqbolError } from '../../errors.js';
import { CampaignSource } from './campaigns.js';
import { DEFAULT_RATES, HOUR, MINUTE, SimContext } from './context.js';
import type { Rates } from './context.js';
import { CourierSource } from './couriers.js';
import { InstitutionSource } from './institutions.js';
import type { Profile } from './profile.js';
import type { SimEvent } from './sim-event.js';
import { SocialSource } from './social.js';
import type { Source } from './social.js';
import type { Truth } from './truth.js';
import { UtilitySource } from './utility.js';
import { BusinessSource } from './businesses.js';

export interface SimOptions {
  subscribers: number;
  hours: number;
  campaigns: number;
  seed: number;
  /** Epoch ms of the first simulated moment; a fixed Monday by default so output never depends on the clock. */
  start?: number;
  rates?: Partial<Rates>;
  sliceMs?: number;
  /** false: build no message texts (events and mentioned numbers are unchanged). Default true. */
  withText?: boolean;
  /**
   * Hours of ordinary traffic before the first campaign or announcement. A detector in service has
   * days of history behind every number; without a warm-up every number looks new at the start.
   */
  warmupHours?: number;
}

/** Monday 2 March 2026, 00:00 in Kazakhstan. */
export const DEFAULT_START = Date.parse('2026-03-01T19:00:00Z');

function check(ok: boolean, field: string, detail: string): void {
  if (!ok) throw new SaqbolError('invalid_field', { field, detail });
}

export class Simulation {
  readonly start: number;
  readonly end: number;
  private readonly ctx: SimContext;
  private readonly sources: Source[];
  private readonly sliceMs: number;
  private done = false;
  events = 0;

  constructor(profile: Profile, opts: SimOptions) {
    check(Number.isInteger(opts.subscribers) && opts.subscribers >= 50 && opts.subscribers <= 50_000_000, 'subscribers', 'an integer from 50 to 50 000 000');
    check(Number.isFinite(opts.hours) && opts.hours > 0 && opts.hours <= 24 * 366, 'hours', 'a positive number of hours, at most a year');
    check(Number.isInteger(opts.campaigns) && opts.campaigns >= 0 && opts.campaigns <= 10_000, 'campaigns', 'an integer from 0 to 10 000');
    check(Number.isInteger(opts.seed), 'seed', 'an integer');
    this.start = opts.start ?? DEFAULT_START;
    check(Number.isFinite(this.start), 'start', 'a date');
    this.end = this.start + Math.round(opts.hours * HOUR);
    const warmup = opts.warmupHours ?? 0;
    check(Number.isFinite(warmup) && warmup >= 0 && warmup < opts.hours, 'warmupHours', 'a number of hours from 0, shorter than hours');
    this.sliceMs = opts.sliceMs ?? MINUTE;
    const rates = { ...DEFAULT_RATES, ...opts.rates };
    this.ctx = new SimContext(profile, opts.seed | 0, this.start, this.end, rates, opts.subscribers, opts.withText ?? true, this.start + Math.round(warmup * HOUR));
    this.sources = [new SocialSource(this.ctx), new InstitutionSource(this.ctx), new CourierSource(this.ctx), new UtilitySource(this.ctx), new CampaignSource(this.ctx, opts.campaigns), new BusinessSource(this.ctx)];
  }

  /** Time-ordered batches of events (one per slice, possibly empty at night for tiny populations). */
  *batches(): Generator<SimEvent[], void, undefined> {
    if (this.done) throw new SaqbolError('conflict', { detail: 'a simulation runs once' });
    this.done = true;
    const { heap, truth } = this.ctx;
    for (let from = this.start; from < this.end; from += this.sliceMs) {
      const to = Math.min(from + this.sliceMs, this.end);
      const out: SimEvent[] = [];
      for (const s of this.sources) s.emit(from, to, out);
      while (heap.peekTs() < to) {
        const e = heap.pop()!;
        // a source that schedules into the past must not break the time order of the output
        if (e.ts < from) e.ts = from;
        out.push(e);
      }
      const sorted = sortByTs(out, from);
      for (const e of sorted) truth.record(e);
      this.events += sorted.length;
      yield sorted;
    }
  }

  /** Ground truth of everything yielded so far (complete once batches() is exhausted). */
  truth(): Truth {
    return this.ctx.truth.result();
  }

  /** Subscriber numbers of the simulated population (for tests and demos). */
  subscriberNumbers(): readonly string[] {
    return this.ctx.subs;
  }
}

const INDEX_BITS = 2 ** 21;

/**
 * Stable sort of one slice by time: keys (offset in slice · 2^21 + index) sorted as a Float64Array
 * — a native numeric sort, several times faster than a comparator over objects.
 */
function sortByTs(events: SimEvent[], from: number): SimEvent[] {
  const n = events.length;
  if (n < 2) return events;
  if (n >= INDEX_BITS) return events.sort((a, b) => a.ts - b.ts);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (events[i]!.ts - from) * INDEX_BITS + i;
  keys.sort();
  const out = new Array<SimEvent>(n);
  for (let i = 0; i < n; i++) out[i] = events[keys[i]! % INDEX_BITS]!;
  return out;
}
