// The detector's history features: what a number was before a message first named it (its own calls
// out, people calling it) and whether the phone numbers that name it were fresh SIMs.
import { describe, expect, it } from 'vitest';
import type { WatchAlert } from './alert.js';
import { Detector } from './detector.js';
import type { WatchEvent } from './events.js';
import { handMadeStream, prng, readText, SCAM } from './testing/streams.js';

const T0 = Date.parse('2026-11-21T03:00:00Z');
const MIN = 60_000;
const DISPATCHER = '+77272401122';
const CHAIRMAN = '+77015550000';
const resident = (i: number): string => `+7702${String(1_000_000 + i).slice(1)}`;
const LURE = 'ошибка авторизации счётчика: позвоните диспетчеру';

/** A management company's dispatcher line, called by residents for days, announced from the chairman's phone. */
function dispatcherStream(): WatchEvent[] {
  const r = prng(17);
  const ev: WatchEvent[] = [];
  for (let i = 0; i < 12; i++) ev.push({ type: 'call', ts: T0 + i * 30 * MIN, from: resident(i), to: DISPATCHER, durationS: 90 });
  ev.push({ type: 'call', ts: T0 + 60 * MIN, from: DISPATCHER, to: resident(3), durationS: 40 });
  ev.push({ type: 'call', ts: T0 + 90 * MIN, from: CHAIRMAN, to: resident(5), durationS: 120 });
  const start = T0 + 8 * 60 * MIN;
  for (let i = 0; i < 900; i++) {
    const ts = start + i * 1000;
    ev.push({ type: 'sms', ts, from: CHAIRMAN, to: resident(100 + i), text: `${LURE} ${DISPATCHER}` });
    if (r() < 0.06) ev.push({ type: 'call', ts: ts + Math.floor((5 + r() * 60) * MIN), from: resident(100 + i), to: DISPATCHER, durationS: 80 });
  }
  return ev.sort((a, b) => a.ts - b.ts);
}

function run(events: WatchEvent[]): { d: Detector; alerts: WatchAlert[] } {
  const d = new Detector({ primingBits: 1 << 18, outgoingBits: 1 << 18 }, { readText });
  for (const e of events) d.apply(e);
  d.flush();
  return { d, alerts: d.drainAlerts() };
}

describe('Detector history features', () => {
  it('keeps what a number was before it was named: callers, calls out, one long-used sender — and does not flag it', () => {
    const { d, alerts } = run(dispatcherStream());
    const f = d.inspect(DISPATCHER)!.features;
    expect(f.callersBefore).toBe(12);
    expect(f.outBefore).toBe(true);
    expect(f.numericSenders).toBe(1);
    expect(f.freshSenders).toBe(0);
    expect(f.primed).toBeGreaterThanOrEqual(30);
    expect(alerts.some((a) => a.number === DISPATCHER)).toBe(false);
  });

  it('counts SIM-box senders as fresh, and a new callback number as having no past', () => {
    const { d, alerts } = run(handMadeStream(7).events);
    const f = d.inspect(SCAM)!.features;
    expect(f.freshSenders).toBeGreaterThanOrEqual(5);
    expect(f.freshSenders).toBeLessThanOrEqual(f.numericSenders);
    expect(f.callersBefore).toBe(0);
    expect(f.outBefore).toBe(false);
    const codes = Object.fromEntries(alerts.find((a) => a.number === SCAM)!.reasons.map((r) => [r.code, r.value]));
    expect(codes.fresh_senders).toBeGreaterThanOrEqual(5);
    expect(codes.callers_before_named).toBe(0);
    expect(codes.called_out_before_named).toBe(0);
  });

  it('counts a fresh sender once, however often its messages are replayed', () => {
    const events = dispatcherStream();
    const once = run(handMadeStream(5).events).d.inspect(SCAM)!.features;
    const twice = run([...handMadeStream(5).events, ...handMadeStream(5).events]).d.inspect(SCAM)!.features;
    expect(twice.freshSenders).toBe(once.freshSenders);
    const a = run(events).d.inspect(DISPATCHER)!.features;
    const b = run([...events, ...events]).d.inspect(DISPATCHER)!.features;
    expect({ ...b, firstSeenMin: 0 }).toEqual({ ...a, firstSeenMin: 0 });
  });
});
