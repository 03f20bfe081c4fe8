// The Watch detector: applies events in event time to per-number windowed sketches, a priming Bloom
// ring of (recipient, number) pairs and an outgoing-history Bloom ring, and raises a scored, explained
// alert when a number becomes a callback magnet. Pure: time is the events' own, I/O is the caller's.
import type { WatchAlert } from './alert.js';
import type { WatchConfig } from './config.js';
import { watchConfig } from './config.js';
import type { WatchEvent } from './events.js';
import { H, canonicalNumber, isShortNumber, mix32 } from './hash.js';
import { LaneMap } from './lane-map.js';
import { NumberState } from './number-state.js';
import type { OfficialDirectory } from './ports.js';
import { NO_DIRECTORY } from './ports.js';
import type { EventRows, RowSink } from './event-rows.js';
import { Preparer } from './prepare.js';
import { Reorder } from './reorder.js';
import { TouchPass } from './touch-pass.js';
import type { Features } from './score.js';
import { noFeatures, score, scoreValue } from './score.js';
import { BloomRing } from './sketches/bloom-ring.js';
import { CallerGate } from './sketches/caller-gate.js';
import type { DetectorDeps, DetectorStats } from './detector-shape.js';

const NO_ORG = undefined;

/** Rows touched, then applied, at a time (see applyRows). */
const TOUCH_ROWS = 32;

export class Detector implements RowSink {
  readonly config: WatchConfig;
  readonly prep: Preparer;
  readonly numbers = new LaneMap();
  priming: BloomRing;
  outgoing: BloomRing;
  /** Distinct callers of numbers not tracked, each caller counted once per window. */
  gate: CallerGate;
  private readonly reorder: Reorder;
  private readonly rows: EventRows;
  private readonly directory: OfficialDirectory;
  private readonly paneMs: number;
  private readonly onAlert: ((a: WatchAlert) => void) | undefined;
  private readonly pending: WatchAlert[] = [];
  /** Event time of the earliest event applied: the detector knows the traffic since then. */
  since = Number.POSITIVE_INFINITY;
  /** Highest sequence number applied (for replay from a log: resume after it). */
  lastSeq = -1;
  counts = { events: 0, sms: 0, calls: 0, tooOld: 0, evicted: 0, alerts: 0 };

  constructor(config: Partial<WatchConfig>, deps: DetectorDeps) {
    this.config = watchConfig(config);
    const c = this.config;
    this.directory = deps.directory ?? NO_DIRECTORY;
    this.prep = new Preparer(deps.readText, this.directory, deps.pseudonymize, c.textCache);
    this.onAlert = deps.onAlert;
    this.paneMs = Math.floor(c.windowMs / 2);
    this.priming = new BloomRing({ bits: c.primingBits, hashes: c.bloomHashes, buckets: c.primingBuckets + 1, bucketMs: Math.ceil(c.primingMs / c.primingBuckets) });
    this.outgoing = new BloomRing({ bits: c.outgoingBits, hashes: c.bloomHashes, buckets: c.outgoingBuckets + 1, bucketMs: Math.ceil(c.outgoingMs / c.outgoingBuckets) });
    this.gate = new CallerGate(c.gateWidth, c.bloomHashes);
    this.rows = this.prep.rows;
    this.reorder = new Reorder(c.latenessMs, (ids, n) => {
      this.applyRows(ids, n);
    });
    this.rows.oldestLive = () => this.reorder.oldest() ?? this.rows.next;
  }

  /** Applies an event object; `seq` is its position in a replayable log, if any. */
  apply(e: WatchEvent, seq?: number): void {
    if (seq !== undefined && seq > this.lastSeq) this.lastSeq = seq;
    this.pushRow(this.prep.event(e));
  }

  /** Applies a row of `prep.rows` (the file sources' fast path). */
  pushRow(row: number): void {
    this.counts.events++;
    this.reorder.pushSec(Math.floor(this.rows.ts[row & this.rows.mask]! / 1000), row);
  }

  passSms(ts: number): void {
    this.counts.events++;
    this.counts.sms++;
    this.reorder.advance(ts);
  }

  /** Applies everything held for reordering (end of input, or before a snapshot). */
  flush(): void {
    this.reorder.flush();
  }

  /** Alerts raised since the last call. */
  drainAlerts(): WatchAlert[] {
    return this.pending.splice(0);
  }

  get watermark(): number {
    return this.reorder.watermark;
  }

  private readonly ahead = new TouchPass();

  /**
   * Applies rows in order, after touching the memory each will need while its misses can overlap: a
   * few dozen rows at a time, enough misses to keep the memory busy, few enough pages and lines that
   * the work right after finds them still in the first-level caches and address translations.
   */
  private applyRows(ids: Float64Array, n: number): void {
    const mask = this.rows.mask;
    for (let from = 0; from < n; from += TOUCH_ROWS) {
      const to = Math.min(n, from + TOUCH_ROWS);
      if (to - from > 1) {
        this.ahead.touch(this, this.rows, ids, from, to);
        for (let k = from; k < to; k++) this.applyRow(ids[k]! & mask, k - from);
      } else this.applyRow(ids[from]! & mask, -1);
    }
  }

  /** `found`: where the touch pass left this row's callee (see TouchPass.callee), or -1. */
  private applyRow(i: number, found: number): void {
    const r = this.rows;
    const ts = r.ts[i]!;
    if (ts < this.since) this.since = ts;
    const s1 = r.s1[i]!;
    const s2 = r.s2[i]!;
    const pane = Math.floor(ts / this.paneMs);
    if (r.call[i] === 1) {
      this.counts.calls++;
      const c1 = r.c1[i]!;
      const c2 = r.c2[i]!;
      this.outgoing.addAt(s1, s2, Math.floor(ts / this.outgoing.bucketMs));
      // the touch pass looked the callee up already: again only when a number came or went since
      let st = found >= 0 && this.ahead.version === this.numbers.version ? this.ahead.callee[found] : this.numbers.get(c1, c2);
      if (!st) {
        st = this.gateCall(i, s1, s2, c1, c2, pane);
        if (!st) return;
      }
      if (pane < this.currentPane(st) - 1) {
        this.counts.tooOld++;
        return;
      }
      const who = mix32(s1, s2);
      let changed = st.addCaller(who, pane);
      const pm = this.priming.bucketMs;
      if (this.priming.hasIn(mix32(s1, c2), mix32(s2, c1), Math.floor((ts - this.config.primingMs) / pm), Math.floor(ts / pm))) {
        changed = st.addPrimed(who, pane) || changed;
      }
      st.touch(ts);
      if (changed) this.evaluate(st, ts, pane, i);
      return;
    }
    this.counts.sms++;
    const numeric = r.snum[i] === 1;
    const sh = r.sh[i]!;
    const org = r.sorg[i];
    const text = r.text[i]!;
    // a SIM-box SIM's first message finds no call or SMS of its own before it; a person's phone does
    let fresh = false;
    if (numeric) {
      const o1 = r.so1[i]!;
      const o2 = r.so2[i]!;
      const om = this.outgoing.bucketMs;
      const oe = Math.floor(ts / om);
      fresh = text.mentions.length > 0 && !this.outgoing.hasIn(o1, o2, Math.floor((ts - this.config.outgoingMs) / om), oe);
      this.outgoing.addAt(o1, o2, oe);
    }
    if (text.mentions.length === 0) return;
    const rcpt = mix32(s1, s2);
    const mentions = text.mentions;
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k]!;
      let st = this.numbers.get(m.h1, m.h2);
      if (!st) st = this.track(m.key, m.h1, m.h2, ts);
      else if (st.key === '') st.key = m.key;
      if (pane < this.currentPane(st) - 1) {
        this.counts.tooOld++;
        continue;
      }
      let changed = st.addRecipient(rcpt, pane);
      changed = st.addSender(sh, pane) || changed;
      const foreign = st.org !== NO_ORG ? org !== st.org : numeric;
      if (foreign) changed = st.addNumericSender(sh, pane) || changed;
      st.addLure(text.lure, pane);
      if (fresh) st.addFresh(pane);
      if (text.sentByLast && k === mentions.length - 1) st.namedBySelf = true;
      if (!st.mentioned) {
        // what the number was before any message named it: a scammer cannot give it a past cheaply
        st.outBefore = this.outgoing.has(st.x1, st.x2, ts - this.config.outgoingMs, ts);
        st.callersBefore = Math.max(st.callerCount(pane), this.gate.estimate(m.h1, m.h2));
        st.mentioned = true;
      }
      this.priming.addAt(mix32(s1, m.h2), mix32(s2, m.h1), Math.floor(ts / this.priming.bucketMs));
      st.touch(ts);
      if (changed) this.evaluate(st, ts, pane);
    }
  }

  /** A call to a number not tracked: counted in the gate once per (caller, number); past the gate it is tracked. */
  private gateCall(i: number, s1: number, s2: number, c1: number, c2: number, pane: number): NumberState | undefined {
    const seen = this.gate.call(c1, c2, mix32(s1, c2), mix32(s2 ^ 0x27d4eb2f, c1), pane);
    if (seen < this.config.gateCallers) return undefined;
    // under pseudonymization a callee may be a subscriber: it stays unnamed unless it is alerted
    const callee = canonicalNumber(this.rows.callee(i));
    const st = this.track(this.prep.keyed ? '' : callee, c1, c2, this.rows.ts[i]!, callee);
    // this call is counted by the caller's own insert below
    st.preCallers = seen - 1;
    st.prePane = pane;
    return st;
  }

  private currentPane(st: NumberState): number {
    return Math.floor(st.lastTs / this.paneMs);
  }

  private track(key: string, h1: number, h2: number, ts: number, raw = key): NumberState {
    if (this.numbers.size >= this.config.maxNumbers) this.evict(ts);
    this.prep.subscriber(raw);
    const st = new NumberState(key, h1, h2, H[0]!, H[1]!, this.directory.orgOfNumber(raw), ts, this.config);
    this.numbers.add(st);
    return st;
  }

  /** Drops numbers idle for a whole window, then the least recently seen, down to 90 % of the cap. */
  private evict(now: number): void {
    const before = this.numbers.size;
    const idle = now - this.config.windowMs;
    for (const st of [...this.numbers.values()]) if (st.lastTs < idle) this.numbers.delete(st);
    const target = Math.floor(this.config.maxNumbers * 0.9);
    if (this.numbers.size > target) {
      const byAge = [...this.numbers.values()].sort((a, b) => a.lastTs - b.lastTs);
      for (let i = 0; i < byAge.length - target; i++) this.numbers.delete(byAge[i]!);
    }
    this.counts.evicted += before - this.numbers.size;
  }

  features(st: NumberState, ts: number, pane = Math.floor(ts / this.paneMs)): Features {
    return this.featuresInto(noFeatures(), st, ts, pane);
  }

  /** The features of a number written into `f` (evaluate reuses one object: it runs on most changes). */
  private featuresInto(f: Features, st: NumberState, ts: number, pane: number): Features {
    f.fanout = st.recipients.count(pane);
    f.senders = st.senders.count(pane);
    f.numericSenders = st.numericSenders.count(pane);
    f.freshSenders = st.freshSenders(pane);
    f.callers = st.callerCount(pane);
    f.primed = st.primed.count(pane);
    f.lure = st.lure(pane);
    f.inboundOnly = !this.outgoing.has(st.x1, st.x2, ts - this.config.outgoingMs, ts);
    f.firstSeenMin = (ts - st.firstTs) / 60_000;
    f.watchedBeforeMin = Math.max(0, st.firstTs - this.since) / 60_000;
    f.official = st.org;
    f.everMentioned = st.mentioned;
    f.outBefore = st.outBefore;
    f.namedBySelf = st.namedBySelf;
    f.callersBefore = st.callersBefore;
    return f;
  }

  private readonly scratch: Features = noFeatures();

  /** `call`: the row index of the call that changed the counts, if one did. */
  private evaluate(st: NumberState, ts: number, pane: number, call = -1): void {
    if (st.primed.count(pane) < this.config.minPrimed && st.callerCount(pane) < this.config.minUnprimedCallers) return;
    if (ts - st.alertedTs < this.config.realertMs) return;
    // most evaluations stay below the threshold: their reasons are never made
    const f = this.featuresInto(this.scratch, st, ts, pane);
    if (scoreValue(f, this.config) < this.config.threshold) return;
    const s = score(f, this.config);
    if (st.key === '') {
      if (call < 0) return;
      st.key = canonicalNumber(this.rows.callee(call));
    }
    // an operator issues short numbers to organizations only: calling one reaches the organization,
    // even when a lure names it beside its own number (a spoofed official one is scored as such)
    if (st.org === NO_ORG && isShortNumber(st.key)) return;
    st.alertedTs = ts;
    st.alerts++;
    this.counts.alerts++;
    const alert: WatchAlert = {
      number: st.key,
      score: s.score,
      ts: new Date(ts).toISOString(),
      reasons: s.reasons,
      firstTs: new Date(st.firstTs).toISOString(),
      ...(st.org !== NO_ORG ? { officialOrg: st.org } : {}),
    };
    if (this.onAlert) this.onAlert(alert);
    else this.pending.push(alert);
  }

  /** The current features and score of a number (for explanations and tests). */
  inspect(key: string): { features: Features; score: number } | undefined {
    const st = this.prep.mention(key);
    const state = this.numbers.get(st.h1, st.h2);
    if (!state) return undefined;
    const ts = Math.max(this.watermark, state.lastTs);
    const f = this.features(state, ts);
    return { features: f, score: score(f, this.config).score };
  }

  stats(): DetectorStats {
    let bytes = this.priming.byteLength + this.outgoing.byteLength + this.gate.byteLength + this.numbers.byteLength;
    let alerted = 0;
    for (const st of this.numbers.values()) {
      bytes += st.bytes() + 80;
      if (st.alerts > 0) alerted++;
    }
    const lookups = this.prep.textHits + this.prep.textMisses;
    const w = this.watermark;
    return {
      ...this.counts,
      late: this.reorder.late,
      tracked: this.numbers.size,
      alertedNumbers: alerted,
      textCacheHitRate: lookups > 0 ? this.prep.textHits / lookups : 0,
      stateBytes: bytes,
      watermark: Number.isFinite(w) ? new Date(w).toISOString() : null,
      since: Number.isFinite(this.since) ? new Date(this.since).toISOString() : null,
      lastSeq: this.lastSeq,
    };
  }
}
