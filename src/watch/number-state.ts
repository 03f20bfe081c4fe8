// What the detector keeps about one tracked number: windowed distinct counters (recipients, senders,
// phone-number senders, callers, primed callers), when it was first and last seen, the highest lure
// score of the texts that mention it, when it was last alerted, its history before a message first
// named it, and how many of its phone-number senders were fresh (no calls or SMS of their own before).
import type { WatchConfig } from './config.js';
import type { DistinctState } from './sketches/windowed-distinct.js';
import { WindowedDistinct } from './sketches/windowed-distinct.js';

export interface NumberStateData {
  key: string;
  org: string | undefined;
  firstTs: number;
  lastTs: number;
  lurePane: number;
  lureCur: number;
  lurePrev: number;
  alertedTs: number;
  alerts: number;
  preCallers: number;
  prePane: number;
  mentioned: boolean;
  /** Optional: snapshots taken before these were kept restore without them. */
  outBefore?: boolean;
  namedBySelf?: boolean;
  callersBefore?: number;
  freshPane?: number;
  freshCur?: number;
  freshPrev?: number;
  counters: DistinctState[];
}

/** A counter as read: most tracked numbers never use most counters, which are made on first insert. */
export interface DistinctCount {
  readonly dense: boolean;
  count(pane?: number): number;
  bytes(): number;
  state(): DistinctState;
}

const UNUSED: DistinctCount = {
  dense: false,
  count: () => 0,
  bytes: () => 0,
  state: () => ({ pane: -1, cur: [], prev: [], curHll: null, prevHll: null }),
};

export class NumberState {
  private recipientsW: WindowedDistinct | null;
  private sendersW: WindowedDistinct | null;
  private numericSendersW: WindowedDistinct | null;
  private callersW: WindowedDistinct | null;
  private primedW: WindowedDistinct | null;
  private readonly p: number;
  private readonly sparseMax: number;
  firstTs: number;
  lastTs: number;
  private lurePane = -1;
  private lureCur = Number.NaN;
  private lurePrev = Number.NaN;
  alertedTs = Number.NEGATIVE_INFINITY;
  alerts = 0;
  /** Distinct callers estimated by the gate before the number was tracked (calls were not kept then). */
  preCallers = 0;
  prePane = -1;
  /** A message has named this number (set once, so replays change nothing). */
  mentioned = false;
  /** When first named: it had called or texted someone itself within the outgoing window before. */
  outBefore = false;
  /** Messages it sent itself name it ("перезвоните на этот номер"): it is its own mass sender. */
  namedBySelf = false;
  /** When first named: distinct callers it already had (a line people call for their own reasons). */
  callersBefore = 0;
  /** Phone-number senders whose mention was their first call or SMS in the outgoing window, per pane. */
  private freshPane = -1;
  private freshCur = 0;
  private freshPrev = 0;

  constructor(
    /** The number in clear; empty while a number only callers know is tracked under pseudonymization. */
    public key: string,
    /** Hash lanes of the number (priming pairs) and of its subscriber identity (outgoing history). */
    readonly h1: number,
    readonly h2: number,
    readonly x1: number,
    readonly x2: number,
    readonly org: string | undefined,
    ts: number,
    c: WatchConfig,
    counters?: (WindowedDistinct | null)[],
  ) {
    this.firstTs = ts;
    this.lastTs = ts;
    this.p = c.hllPrecision;
    this.sparseMax = c.sparseMax;
    this.recipientsW = counters?.[0] ?? null;
    this.sendersW = counters?.[1] ?? null;
    this.numericSendersW = counters?.[2] ?? null;
    this.callersW = counters?.[3] ?? null;
    this.primedW = counters?.[4] ?? null;
  }

  /** Distinct recipients of messages that mention the number. */
  get recipients(): DistinctCount {
    return this.recipientsW ?? UNUSED;
  }
  get senders(): DistinctCount {
    return this.sendersW ?? UNUSED;
  }
  /** Senders that are phone numbers (or, for an official number, not its organization's). */
  get numericSenders(): DistinctCount {
    return this.numericSendersW ?? UNUSED;
  }
  get callers(): DistinctCount {
    return this.callersW ?? UNUSED;
  }
  get primed(): DistinctCount {
    return this.primedW ?? UNUSED;
  }

  private counter(): WindowedDistinct {
    return new WindowedDistinct(this.p, this.sparseMax);
  }

  /** Inserts into a counter (made now if unused); each returns true when the count may have changed. */
  addRecipient(h: number, pane: number): boolean {
    return (this.recipientsW ??= this.counter()).add(h, pane);
  }
  addSender(h: number, pane: number): boolean {
    return (this.sendersW ??= this.counter()).add(h, pane);
  }
  addNumericSender(h: number, pane: number): boolean {
    return (this.numericSendersW ??= this.counter()).add(h, pane);
  }
  addCaller(h: number, pane: number): boolean {
    return (this.callersW ??= this.counter()).add(h, pane);
  }
  addPrimed(h: number, pane: number): boolean {
    return (this.primedW ??= this.counter()).add(h, pane);
  }

  touch(ts: number): void {
    if (ts < this.firstTs) this.firstTs = ts;
    if (ts > this.lastTs) this.lastTs = ts;
  }

  /** Keeps the highest lure score per pane (idempotent: a max). */
  addLure(lure: number, pane: number): void {
    if (Number.isNaN(lure)) return;
    if (pane > this.lurePane) {
      this.lurePrev = pane === this.lurePane + 1 ? this.lureCur : Number.NaN;
      this.lureCur = Number.NaN;
      this.lurePane = pane;
    }
    if (pane === this.lurePane) {
      if (!(lure <= this.lureCur)) this.lureCur = lure;
    } else if (pane === this.lurePane - 1 && !(lure <= this.lurePrev)) this.lurePrev = lure;
  }

  /** Counts one fresh sender (each is fresh once: later messages find its own first one). */
  addFresh(pane: number): void {
    if (pane > this.freshPane) {
      this.freshPrev = pane === this.freshPane + 1 ? this.freshCur : 0;
      this.freshCur = 0;
      this.freshPane = pane;
    }
    if (pane === this.freshPane) this.freshCur++;
    else if (pane === this.freshPane - 1) this.freshPrev++;
  }

  freshSenders(pane: number): number {
    if (pane === this.freshPane) return this.freshCur + this.freshPrev;
    return pane === this.freshPane + 1 ? this.freshCur : 0;
  }

  lure(pane: number): number {
    if (pane > this.lurePane + 1) return Number.NaN;
    if (pane === this.lurePane + 1) return this.lureCur;
    const a = this.lureCur;
    const b = this.lurePrev;
    if (Number.isNaN(a)) return b;
    if (Number.isNaN(b)) return a;
    return Math.max(a, b);
  }

  bytes(): number {
    return (
      160 +
      2 * this.key.length +
      this.recipients.bytes() +
      this.senders.bytes() +
      this.numericSenders.bytes() +
      this.callers.bytes() +
      this.primed.bytes()
    );
  }

  data(): NumberStateData {
    return {
      key: this.key,
      org: this.org,
      firstTs: this.firstTs,
      lastTs: this.lastTs,
      lurePane: this.lurePane,
      lureCur: this.lureCur,
      lurePrev: this.lurePrev,
      alertedTs: this.alertedTs,
      alerts: this.alerts,
      preCallers: this.preCallers,
      prePane: this.prePane,
      mentioned: this.mentioned,
      outBefore: this.outBefore,
      namedBySelf: this.namedBySelf,
      callersBefore: this.callersBefore,
      freshPane: this.freshPane,
      freshCur: this.freshCur,
      freshPrev: this.freshPrev,
      counters: [this.recipients, this.senders, this.numericSenders, this.callers, this.primed].map((d) => d.state()),
    };
  }

  restoreExtras(d: NumberStateData): void {
    this.firstTs = d.firstTs;
    this.lastTs = d.lastTs;
    this.lurePane = d.lurePane;
    this.lureCur = d.lureCur;
    this.lurePrev = d.lurePrev;
    this.alertedTs = d.alertedTs;
    this.alerts = d.alerts;
    this.preCallers = d.preCallers;
    this.prePane = d.prePane;
    this.mentioned = d.mentioned;
    this.outBefore = d.outBefore ?? false;
    this.namedBySelf = d.namedBySelf ?? false;
    this.callersBefore = d.callersBefore ?? 0;
    this.freshPane = d.freshPane ?? -1;
    this.freshCur = d.freshCur ?? 0;
    this.freshPrev = d.freshPrev ?? 0;
  }

  /** Distinct callers over the window ending at `pane`, counting those the gate saw before tracking. */
  callerCount(pane: number): number {
    const pre = pane <= this.prePane + 1 ? this.preCallers : 0;
    return this.callers.count(pane) + pre;
  }
}
