import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../paths.js';
import { localHour } from './context.js';
import { encodeBatch } from './encode.js';
import { parseProfile } from './profile.js';
import type { Profile } from './profile.js';
import type { SimEvent } from './sim-event.js';
import { Simulation } from './simulator.js';
import type { SimOptions } from './simulator.js';
import type { Truth } from './truth.js';

const profile: Profile = parseProfile(JSON.parse(readFileSync(join(DATA_DIR, 'simulate', 'profile.json'), 'utf8')));
const OPTS: SimOptions = { subscribers: 6000, hours: 30, campaigns: 5, seed: 42 };

function run(opts: SimOptions): { events: SimEvent[]; truth: Truth; sim: Simulation } {
  const sim = new Simulation(profile, opts);
  const events: SimEvent[] = [];
  for (const b of sim.batches()) for (const e of b) events.push(e);
  return { events, truth: sim.truth(), sim };
}

function digest(opts: SimOptions, withText = true): string {
  const h = createHash('sha256');
  for (const b of new Simulation(profile, { ...opts, withText: opts.withText ?? true }).batches()) h.update(encodeBatch(b, { format: 'jsonl', withText }));
  return h.digest('hex');
}

const KZ_MOBILE = /^\+77(0[0-8]|47|7[15678])\d{7}$/;
const ALNUM_SENDER = /[A-Za-z]/;

describe('Simulation', () => {
  let events: SimEvent[];
  let truth: Truth;
  let subscribers: Set<string>;
  const callersOf = new Map<string, Set<string>>();
  const mentionRecipients = new Map<string, Set<string>>();
  const mentionSenders = new Map<string, Set<string>>();
  const textsMentioning = new Map<string, string[]>();

  beforeAll(() => {
    const r = run(OPTS);
    events = r.events;
    truth = r.truth;
    subscribers = new Set(r.sim.subscriberNumbers());
    for (const e of events) {
      if (e.type === 'call') {
        let s = callersOf.get(e.to);
        if (!s) callersOf.set(e.to, (s = new Set()));
        s.add(e.from);
      } else {
        for (const m of e.mentioned) {
          let s = mentionRecipients.get(m);
          if (!s) mentionRecipients.set(m, (s = new Set()));
          s.add(e.to);
          let f = mentionSenders.get(m);
          if (!f) mentionSenders.set(m, (f = new Set()));
          f.add(e.from);
          let t = textsMentioning.get(m);
          if (!t) textsMentioning.set(m, (t = []));
          if (t.length < 50) t.push(e.text);
        }
      }
    }
  });

  it('is deterministic: the same seed gives the same bytes, another seed other bytes', () => {
    const small = { subscribers: 800, hours: 10, campaigns: 3, seed: 7 };
    expect(digest(small)).toBe(digest(small));
    expect(digest(small, false)).toBe(digest(small, false));
    expect(digest({ ...small, seed: 8 })).not.toBe(digest(small));
    // building no texts changes nothing else: same events, same mentioned numbers
    expect(digest({ ...small, withText: false }, false)).toBe(digest(small, false));
  });

  it('writes events in time order, inside the simulated window', () => {
    expect(events.length).toBeGreaterThan(30_000);
    const start = Date.parse('2026-03-01T19:00:00Z');
    let outOfOrder = 0;
    for (let i = 1; i < events.length; i++) if (events[i]!.ts < events[i - 1]!.ts) outOfOrder++;
    expect(outOfOrder).toBe(0);
    expect(events[0]!.ts).toBeGreaterThanOrEqual(start);
    expect(events.at(-1)!.ts).toBeLessThan(start + 30 * 3_600_000);
  });

  it('uses Kazakh numbering for subscribers and every mobile sender', () => {
    expect([...subscribers].filter((s) => !KZ_MOBILE.test(s))).toEqual([]);
    const stray = events.filter((e) => (e.type === 'call' ? !subscribers.has(e.from) && !subscribers.has(e.to) : !subscribers.has(e.to)));
    expect(stray).toEqual([]);
    const mobileSenders = new Set(events.filter((e) => e.type === 'sms' && e.from.startsWith('+')).map((e) => e.from));
    expect([...mobileSenders].filter((s) => !KZ_MOBILE.test(s))).toEqual([]);
  });

  it('keeps truth consistent with the events: callbacks equal the calls to each scam number', () => {
    expect(truth.scams.length).toBeGreaterThanOrEqual(OPTS.campaigns);
    for (const s of truth.scams) {
      const concerning = events.filter((e) => (e.type === 'call' && e.to === s.number) || (e.type === 'sms' && e.mentioned.includes(s.number)));
      const calls = concerning.filter((e) => e.type === 'call').length;
      expect(calls, s.number).toBe(s.callbacks);
      expect(new Date(concerning[0]!.ts).toISOString()).toBe(s.start);
      expect(new Date(concerning.at(-1)!.ts).toISOString()).toBe(s.end);
    }
    const scamNumbers = new Set(truth.scams.map((s) => s.number));
    for (const l of truth.legit) {
      expect(scamNumbers.has(l.number)).toBe(false);
      expect(events.filter((e) => e.type === 'call' && e.to === l.number).length).toBe(l.calls);
    }
  });

  it('contains official hotlines called by many people, with and without SMS from their sender ids', () => {
    const hotlines = truth.legit.filter((l) => l.kind === 'hotline');
    expect(hotlines.length).toBeGreaterThanOrEqual(3);
    const top = hotlines[0]!;
    expect(callersOf.get(top.number)!.size).toBeGreaterThan(100);
    const primed = mentionRecipients.get(top.number)!;
    const callers = callersOf.get(top.number)!;
    const withSms = [...callers].filter((c) => primed.has(c)).length;
    expect(withSms).toBeGreaterThan(0);
    expect(callers.size - withSms).toBeGreaterThan(withSms);
    for (const s of mentionSenders.get(top.number)!) expect(s).toMatch(ALNUM_SENDER);
    expect(truth.legit.some((l) => l.kind === 'government')).toBe(true);
  });

  it('contains courier numbers texted by delivery services and called back by many recipients', () => {
    const couriers = truth.legit.filter((l) => l.kind === 'courier');
    expect(couriers.length).toBeGreaterThanOrEqual(3);
    const busiest = couriers[0]!;
    expect(busiest.number).toMatch(KZ_MOBILE);
    expect(subscribers.has(busiest.number)).toBe(false);
    expect(callersOf.get(busiest.number)!.size).toBeGreaterThanOrEqual(5);
    for (const s of mentionSenders.get(busiest.number)!) expect(s).toMatch(ALNUM_SENDER);
    // different areas get different couriers of the same service
    expect(new Set(couriers.map((c) => c.org)).size).toBeLessThan(couriers.length);
  });

  it('contains a real management company announcing a meter check with its real dispatcher number', () => {
    const utility = truth.legit.find((l) => l.kind === 'utility')!;
    expect(utility).toBeDefined();
    expect(utility.number).toMatch(/^\+77(27|17|25|21)\d{7}$/);
    expect(mentionRecipients.get(utility.number)!.size).toBeGreaterThanOrEqual(200);
    expect(utility.calls).toBeGreaterThan(3);
    expect(textsMentioning.get(utility.number)!.some((t) => /счётчик|есептегіш/i.test(t))).toBe(true);
  });

  it('contains business lines that many call and no message names, quiet at night, some never calling out', () => {
    const lines = truth.legit.filter((l) => l.kind === 'business');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const l of lines) expect(mentionRecipients.has(l.number)).toBe(false);
    const busiest = lines.reduce((a, b) => (callersOf.get(a.number)!.size >= callersOf.get(b.number)!.size ? a : b));
    // as many distinct callers in a day as a lure's number draws: the hard case for "unnamed and popular"
    expect(callersOf.get(busiest.number)!.size).toBeGreaterThanOrEqual(60);
    const hours = events.filter((e) => e.type === 'call' && lines.some((l) => l.number === e.to)).map((e) => localHour(e.ts));
    expect(hours.every((h) => h >= 9 && h < 20)).toBe(true);
    const callsOut = new Set(events.filter((e) => e.type === 'call' && lines.some((l) => l.number === e.from)).map((e) => e.from));
    expect(callsOut.size).toBeGreaterThan(0);
    expect(callsOut.size).toBeLessThan(lines.length);
  });

  it('gives the dispatcher line a life of its own: residents call it without the announcement, the dispatcher calls out', () => {
    const r = run({ subscribers: 6000, hours: 40, campaigns: 1, seed: 43, warmupHours: 16 });
    const subs = new Set(r.sim.subscriberNumbers());
    const utility = r.truth.legit.find((l) => l.kind === 'utility')!;
    const mentions = r.events.filter((e) => e.type === 'sms' && e.mentioned.includes(utility.number));
    const before = r.events.filter((e) => e.type === 'call' && e.to === utility.number && e.ts < mentions[0]!.ts);
    expect(before.length).toBeGreaterThan(0);
    expect(r.events.some((e) => e.type === 'call' && e.from === utility.number)).toBe(true);
    // the announcement comes from the company's sender id or a resident's own long-used number
    for (const e of mentions) expect(ALNUM_SENDER.test(e.from) || subs.has(e.from)).toBe(true);
  });

  it('starts campaigns and announcements only after the warm-up, with ordinary traffic during it', () => {
    const opts = { subscribers: 3000, hours: 20, campaigns: 4, seed: 9, warmupHours: 8 };
    const r = run(opts);
    const live = Date.parse('2026-03-01T19:00:00Z') + 8 * 3_600_000;
    const scams = new Set(r.truth.scams.map((s) => s.number));
    const lures = r.events.filter((e) => e.type === 'sms' && e.mentioned.some((m) => scams.has(m)));
    expect(lures.length).toBeGreaterThan(0);
    expect(lures.filter((e) => e.ts < live)).toEqual([]);
    for (const s of r.truth.scams) expect(Date.parse(s.start), s.number).toBeGreaterThanOrEqual(live);
    expect(r.events.filter((e) => e.ts < live).length).toBeGreaterThan(1000);
    expect(() => new Simulation(profile, { ...opts, warmupHours: 20 })).toThrow(/warmupHours/);
  });

  it('has callback numbers that call out: warmed SIMs before a campaign, crews calling back victims', () => {
    const r = run({ subscribers: 20_000, hours: 24, campaigns: 16, seed: 5 });
    const scams = new Set(r.truth.scams.map((s) => s.number));
    const startOf = new Map(r.truth.scams.map((s) => [s.number, Date.parse(s.start)]));
    const out = r.events.filter((e) => e.type === 'call' && scams.has(e.from));
    expect(out.some((e) => e.ts < startOf.get(e.from)!)).toBe(true);
    expect(out.some((e) => e.ts > startOf.get(e.from)!)).toBe(true);
    // most callback numbers still never call anyone
    expect(new Set(out.map((e) => e.from)).size).toBeLessThan(scams.size / 2);
  });

  it('contains SIM-box campaigns: many rotating mobile senders, RU and KK lures, 1–3 % callbacks', () => {
    const sms = truth.scams.filter((s) => s.channel === 'sms');
    const big = sms.reduce((a, b) => ((mentionRecipients.get(b.number)?.size ?? 0) > (mentionRecipients.get(a.number)?.size ?? 0) ? b : a));
    const senders = mentionSenders.get(big.number)!;
    expect(senders.size).toBeGreaterThanOrEqual(5);
    for (const s of senders) expect(s).toMatch(KZ_MOBILE);
    let recipients = 0;
    let primedCallers = 0;
    for (const s of sms) {
      const r = mentionRecipients.get(s.number) ?? new Set<string>();
      recipients += r.size;
      primedCallers += [...(callersOf.get(s.number) ?? [])].filter((c) => r.has(c)).length;
    }
    const rate = primedCallers / recipients;
    expect(rate).toBeGreaterThan(0.005);
    expect(rate).toBeLessThan(0.045);
    const texts = sms.flatMap((s) => textsMentioning.get(s.number) ?? []);
    expect(texts.some((t) => /[әғқңөұүһі]/i.test(t))).toBe(true);
    expect(texts.some((t) => /[ыэъ]/i.test(t))).toBe(true);
    expect(new Set(texts).size).toBeGreaterThan(texts.length * 0.8);
  });

  it('rotates the callback number mid-campaign, has small campaigns and e-mail lures without SMS', () => {
    const perCampaign = new Map<number, string[]>();
    for (const s of truth.scams) perCampaign.set(s.campaign, [...(perCampaign.get(s.campaign) ?? []), s.number]);
    expect([...perCampaign.values()].some((n) => n.length >= 2)).toBe(true);
    const sizes = truth.scams.filter((s) => s.channel === 'sms').map((s) => mentionRecipients.get(s.number)?.size ?? 0);
    expect(Math.min(...sizes)).toBeLessThan(500);
    const email = truth.scams.filter((s) => s.channel === 'email');
    expect(email.length).toBeGreaterThan(0);
    for (const s of email) {
      expect(mentionRecipients.has(s.number)).toBe(false);
      expect(s.callbacks).toBeGreaterThan(0);
    }
    // callers of SMS campaigns who never got the SMS (the lure reached them another way)
    const unprimed = truth.scams
      .filter((s) => s.channel === 'sms')
      .reduce((n, s) => n + [...(callersOf.get(s.number) ?? [])].filter((c) => !mentionRecipients.get(s.number)?.has(c)).length, 0);
    expect(unprimed).toBeGreaterThan(0);
  });

  it('rejects impossible options with a named field', () => {
    expect(() => new Simulation(profile, { ...OPTS, subscribers: 3 })).toThrow(/subscribers/);
    expect(() => new Simulation(profile, { ...OPTS, hours: 0 })).toThrow(/hours/);
    expect(() => new Simulation(profile, { ...OPTS, campaigns: -1 })).toThrow(/campaigns/);
  });
});
