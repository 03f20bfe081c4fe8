// What every traffic source of the simulator shares: the population, numbering, profile, clock
// helpers, the future-event heap and the truth book. Each source draws from its own PRNG stream, so
// tuning one source never reshuffles the others.
import { EventHeap } from './heap.js';
import { NumberPlan, writeNumber } from './numbers.js';
import { AliasTable, hash32, Rng } from './prng.js';
import type { Lang, Profile } from './profile.js';
import type { SimEvent } from './sim-event.js';
import type { Slots } from './template.js';
import { expand } from './template.js';
import type { Template } from './template.js';
import { TruthBook } from './truth.js';

/** Kazakhstan has one time zone, UTC+5, since March 2024. */
export const LOCAL_OFFSET_MS = 5 * 3_600_000;
export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;
const POOL = 256;

/** Relative activity by local hour: quiet nights, busy evenings (mean 1). */
const DIURNAL_RAW = [0.15, 0.08, 0.05, 0.04, 0.05, 0.12, 0.35, 0.7, 1.0, 1.2, 1.3, 1.35, 1.4, 1.35, 1.3, 1.3, 1.35, 1.45, 1.6, 1.7, 1.6, 1.3, 0.8, 0.4];
const DIURNAL_MEAN = DIURNAL_RAW.reduce((a, b) => a + b, 0) / 24;
export const DIURNAL = DIURNAL_RAW.map((v) => v / DIURNAL_MEAN);

export function localHour(ts: number): number {
  return Math.floor(((ts + LOCAL_OFFSET_MS) % DAY) / HOUR);
}

export interface Rates {
  /** Social calls per subscriber per day. */
  callsPerDay: number;
  /** Person-to-person SMS per subscriber per day. */
  p2pSmsPerDay: number;
  /** Bank, operator and eGov SMS per subscriber per day. */
  a2pSmsPerDay: number;
  /** Calls to hotlines without a message before them, per subscriber per day. */
  hotlineCallsPerDay: number;
  /** Parcels announced by SMS with a courier number, per subscriber per day. */
  deliveriesPerDay: number;
  /** Calls to shops, clinics, taxis and call centres that no message names, per subscriber per day. */
  businessCallsPerDay: number;
}

export const DEFAULT_RATES: Rates = { callsPerDay: 4.5, p2pSmsPerDay: 0.8, a2pSmsPerDay: 2.2, hotlineCallsPerDay: 0.04, deliveriesPerDay: 0.03, businessCallsPerDay: 0.15 };

export class SimContext {
  readonly subs: string[];
  readonly plan: NumberPlan;
  readonly heap = new EventHeap();
  readonly truth = new TruthBook();
  /** Who is active: a Pareto tail of talkative subscribers. */
  readonly activity: AliasTable;
  readonly hotlineAlias: AliasTable;
  readonly hotlineTags: number[];
  private readonly dates = new Map<number, string>();
  private readonly pools = new Map<string, string[]>();

  constructor(
    readonly profile: Profile,
    readonly seed: number,
    readonly start: number,
    readonly end: number,
    readonly rates: Rates,
    subscribers: number,
    readonly withText: boolean,
    /** Campaigns and announcements start from here on (the end of the warm-up). */
    readonly live = start,
  ) {
    this.plan = new NumberPlan(subscribers, seed);
    this.subs = this.plan.subscriberNumbers();
    const w = new Float64Array(subscribers);
    const r = this.rng(0xac71);
    for (let i = 0; i < subscribers; i++) w[i] = Math.min(r.pareto(1, 1.6), 300);
    this.activity = new AliasTable(w);
    const hotlines = profile.data.hotlines;
    this.hotlineAlias = new AliasTable(hotlines.map((h) => h.weight));
    this.hotlineTags = hotlines.map((h) => this.truth.legitTag(h.number, h.kind, h.id));
  }

  get subscribers(): number {
    return this.subs.length;
  }

  /** An independent PRNG stream for one source. */
  rng(stream: number): Rng {
    return new Rng(this.seed, stream);
  }

  /** A subscriber's language: about four in ten prefer Kazakh. */
  lang(i: number): Lang {
    return hash32(i ^ 0x5bd1e995) % 10 < 4 ? 'kk' : 'ru';
  }

  schedule(e: SimEvent): void {
    if (e.ts < this.end) this.heap.push(e);
  }

  /**
   * A message text from one of the templates. Texts draw from their own stream (trng), so the
   * events are the same with or without texts — and without them (--no-text) no text is built.
   */
  text(trng: Rng, templates: Template[], slots: (trng: Rng) => Slots): string {
    if (!this.withText) return '';
    return expand(trng.pick(templates), trng, slots(trng));
  }

  /**
   * Routine texts (codes, balances, chat) from a pool per template family and organization: the
   * first POOL are built fresh, later ones reuse them. Wording variety stays, the cost per message
   * drops to a pick — these messages are the bulk of SMS traffic and carry no signal.
   */
  pooledText(key: string, trng: Rng, templates: Template[], slots: (trng: Rng) => Slots): string {
    if (!this.withText) return '';
    let pool = this.pools.get(key);
    if (!pool) this.pools.set(key, (pool = []));
    if (pool.length < POOL) {
      const t = expand(trng.pick(templates), trng, slots(trng));
      pool.push(t);
      return t;
    }
    return pool[trng.int(POOL)]!;
  }

  writeNumber(key: string, rng: Rng): string {
    return writeNumber(key, rng);
  }

  /** A date people write in messages: "12.03", a day or two after ts. */
  dateAfter(ts: number, days: number): string {
    const day = Math.floor((ts + LOCAL_OFFSET_MS) / DAY) + days;
    let s = this.dates.get(day);
    if (s === undefined) {
      const d = new Date(day * DAY);
      s = `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
      this.dates.set(day, s);
    }
    return s;
  }
}
