import { describe, expect, it } from 'vitest';
import type { WatchAlert } from './alert.js';
import type { WatchEvent } from './events.js';
import { DEFAULT_CONFIG } from './config.js';
import { Detector } from './detector.js';
import { pseudonymizer } from './pseudonymize.js';
import { COURIER, EMAIL_SCAM, HOTLINE, POPULAR, SCAM, SPOOFED_HOTLINE, directory, handMadeStream, readText } from './testing/streams.js';

// the hand-made stream lasts hours, not the day of history a never-named number needs to count as
// new: these tests judge it as a detector long in service would (the cold start has its own test)
const small = { primingBits: 1 << 18, outgoingBits: 1 << 18, noveltyMs: 0 };

function run(events = handMadeStream().events, extra: Partial<ConstructorParameters<typeof Detector>[1]> = {}, config: Partial<typeof DEFAULT_CONFIG> = small): { d: Detector; alerts: WatchAlert[] } {
  const d = new Detector(config, { readText, directory, ...extra });
  for (const e of events) d.apply(e);
  d.flush();
  return { d, alerts: d.drainAlerts() };
}

describe('Detector', () => {
  it('flags the lure number soon after its callbacks start, and neither the courier nor the official hotline', () => {
    const stream = handMadeStream(7);
    const { alerts } = run(stream.events);
    const numbers = new Set(alerts.map((a) => a.number));
    expect(numbers.has(SCAM)).toBe(true);
    expect(numbers.has(COURIER)).toBe(false);
    expect(numbers.has(HOTLINE)).toBe(false);
    const first = alerts.find((a) => a.number === SCAM)!;
    expect((Date.parse(first.ts) - stream.scamTwentieth) / 60_000).toBeLessThan(10);
    const codes = Object.fromEntries(first.reasons.map((r) => [r.code, r.value]));
    expect(codes.primed_callers).toBeGreaterThanOrEqual(DEFAULT_CONFIG.minPrimed);
    expect(codes.numeric_senders).toBeGreaterThanOrEqual(5);
    expect(codes.lure_score).toBe(0.9);
    expect(codes.inbound_only).toBe(1);
    expect(first.officialOrg).toBeUndefined();
  });

  it('flags an official number only for spoofed senders, and says so', () => {
    const { alerts } = run();
    const spoof = alerts.find((a) => a.number === SPOOFED_HOTLINE);
    expect(spoof).toBeDefined();
    expect(spoof!.officialOrg).toBe('bank');
    expect(spoof!.reasons.find((r) => r.code === 'spoofed_senders')!.value).toBeGreaterThanOrEqual(3);
  });

  it('flags a new, inbound-only number that many strangers call with no message naming it, but not a popular person', () => {
    const { alerts, d } = run();
    const email = alerts.find((a) => a.number === EMAIL_SCAM);
    expect(email).toBeDefined();
    const codes = Object.fromEntries(email!.reasons.map((r) => [r.code, r.value]));
    expect(codes.mention_fanout).toBe(0);
    expect(codes.call_fanin).toBeGreaterThanOrEqual(22);
    expect(codes.inbound_only).toBe(1);
    expect(alerts.some((a) => a.number === POPULAR)).toBe(false);
    const popular = d.inspect(POPULAR)!.features;
    expect(popular.inboundOnly).toBe(false);
    expect(popular.callers).toBeGreaterThanOrEqual(30);
    // the gate's estimate and the counter together stay close to the true distinct callers
    expect(popular.callers).toBeLessThanOrEqual(41);
  });

  it('started cold, flags no never-named number before a day of traffic, and still the lures that messages name', () => {
    const { alerts, d } = run(handMadeStream().events, {}, { ...small, noveltyMs: DEFAULT_CONFIG.noveltyMs });
    expect(alerts.some((a) => a.number === EMAIL_SCAM)).toBe(false);
    expect(alerts.some((a) => a.number === SCAM)).toBe(true);
    const email = d.inspect(EMAIL_SCAM)!;
    expect(email.features.callers).toBeGreaterThanOrEqual(DEFAULT_CONFIG.minUnprimedCallers);
    expect(email.features.watchedBeforeMin).toBeLessThan(DEFAULT_CONFIG.noveltyMs / 60_000);
    expect(email.score).toBe(0);
  });

  it('never flags a short number, even one that a lure names beside its own number', () => {
    const t0 = Date.parse('2026-11-20T06:00:00Z');
    const events: WatchEvent[] = [];
    for (let i = 0; i < 600; i++) {
      events.push({ type: 'sms', ts: t0 + i * 1000, from: `+7747${3_000_000 + (i % 20)}`, to: `+7701${2_000_000 + i}`, mentioned: ['+77059998877', '7111'] });
    }
    for (let i = 0; i < 60; i++) {
      const from = `+7701${2_000_000 + i * 7}`;
      events.push({ type: 'call', ts: t0 + 700_000 + i * 20_000, from, to: '+77059998877', durationS: 60 });
      events.push({ type: 'call', ts: t0 + 705_000 + i * 20_000, from, to: '7111', durationS: 60 });
    }
    const { alerts, d } = run(events);
    expect(alerts.some((a) => a.number === '+77059998877')).toBe(true);
    expect(alerts.some((a) => a.number === '7111')).toBe(false);
    // its counts are those of the lure's own number: only its being short keeps it out
    expect(d.inspect('7111')!.score).toBeGreaterThanOrEqual(DEFAULT_CONFIG.threshold);
  });

  it('works from mentioned numbers alone, for operators that keep no texts', () => {
    const { alerts } = run(handMadeStream(3, { texts: false }).events);
    const numbers = new Set(alerts.map((a) => a.number));
    expect(numbers.has(SCAM)).toBe(true);
    expect(numbers.has(COURIER)).toBe(false);
    expect(numbers.has(HOTLINE)).toBe(false);
  });

  it('counts distinct recipients, callers and primed callers of a number', () => {
    const { d } = run();
    const courier = d.inspect(COURIER)!;
    expect(courier.features.senders).toBe(1);
    expect(courier.features.numericSenders).toBe(0);
    expect(courier.features.inboundOnly).toBe(false);
    expect(courier.features.primed).toBeGreaterThan(20);
    expect(courier.features.primed).toBeLessThanOrEqual(courier.features.callers);
    const scam = d.inspect(SCAM)!;
    expect(scam.features.fanout).toBeGreaterThan(1500);
    expect(scam.features.callers).toBeGreaterThan(30);
    expect(scam.features.primed).toBe(scam.features.callers);
  });

  it('counts nothing twice when events are replayed', () => {
    const events = handMadeStream(5).events;
    const once = run(events).d;
    const twice = run([...events, ...events]).d;
    for (const n of [SCAM, COURIER, HOTLINE]) {
      const a = once.inspect(n)!.features;
      const b = twice.inspect(n)!.features;
      expect({ ...b, firstSeenMin: 0 }).toEqual({ ...a, firstSeenMin: 0 });
    }
  });

  it('applies events that arrive slightly out of order as if they were in order', () => {
    const events = handMadeStream(9).events;
    const shuffled = [...events];
    for (let i = 0; i + 1 < shuffled.length; i += 2) {
      if (shuffled[i + 1]!.ts - shuffled[i]!.ts < 10_000) [shuffled[i], shuffled[i + 1]] = [shuffled[i + 1]!, shuffled[i]!];
    }
    const a = run(events).d.inspect(SCAM)!.features;
    const b = run(shuffled).d.inspect(SCAM)!.features;
    expect(b).toEqual(a);
  });

  it('keeps no subscriber number in clear when pseudonymizing, and finds the same magnets', () => {
    const stream = handMadeStream(7);
    const { d, alerts } = run(stream.events, { pseudonymize: pseudonymizer('secret-key-123') });
    expect(alerts.some((a) => a.number === SCAM)).toBe(true);
    expect(alerts.some((a) => a.number === COURIER)).toBe(false);
    expect(alerts.some((a) => a.number === EMAIL_SCAM)).toBe(true);
    // numbers only callers know (subscribers among them) are tracked unnamed; only the alerted one is named
    const keys = [...d.numbers.values()].map((s) => s.key);
    expect(keys.every((k) => [SCAM, COURIER, HOTLINE, SPOOFED_HOTLINE, EMAIL_SCAM, ''].includes(k))).toBe(true);
    expect(keys).not.toContain(POPULAR);
    expect(keys.filter((k) => k === '').length).toBeGreaterThan(0);
  });

  it('evicts cold numbers past its cap and reports its state size', () => {
    const d = new Detector({ ...small, maxNumbers: 100 }, { readText, directory });
    const t0 = Date.parse('2026-11-20T00:00:00Z');
    for (let i = 0; i < 1000; i++) {
      d.apply({ type: 'sms', ts: t0 + i * 60_000, from: 'SHOP', to: '+77051234567', text: `call +7701${String(1_000_000 + i)}` });
    }
    d.flush();
    const s = d.stats();
    expect(s.tracked).toBeLessThanOrEqual(100);
    expect(s.evicted).toBeGreaterThanOrEqual(900);
    expect(s.stateBytes).toBeGreaterThan(d.priming.byteLength);
  });
});
