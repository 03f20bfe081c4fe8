// Subscribers and their social graph: each person talks to a few contacts, mostly from their own
// neighbourhood (index window ≈ a district), some on other networks; a few change number and tell their
// contacts by SMS, who then call the new number (a small, legitimate "mentioned then called" pattern).
import { HOUR, MINUTE, PEOPLE, rhythm } from './clock.js';
import type { Numbers } from './numbers.js';
import type { Rng } from './prng.js';
import type { Sink } from './sink.js';

export interface People {
  numbers: string[];
  /** contact lists: ≥ 0 is a subscriber index, < 0 is offNet[-1 - x] */
  contacts: Int32Array[];
  offNet: string[];
  /** subscriber index → [time of change, new number] */
  changed: Map<number, [number, string]>;
  numberAt(i: number, ts: number): string;
}

export function makePeople(rng: Rng, nums: Numbers, n: number, hours: number): People {
  const numbers = Array.from({ length: n }, () => nums.mobile());
  const offNet = Array.from({ length: Math.ceil(n / 4) }, () => nums.mobile());
  const contacts = numbers.map((_, i) => {
    // most people have 3–10 regular contacts, a few have dozens
    const k = Math.min(60, 2 + Math.floor(rng.logNormal(5, 0.6)));
    const list = new Int32Array(k);
    for (let c = 0; c < k; c++) {
      if (rng.chance(0.15)) list[c] = -1 - rng.int(offNet.length);
      else if (rng.chance(0.75)) list[c] = Math.min(n - 1, Math.max(0, i + rng.int(601) - 300));
      else list[c] = rng.int(n);
    }
    return list;
  });
  const changed = new Map<number, [number, string]>();
  const when = rhythm(PEOPLE, hours);
  for (const i of rng.sample(n, Math.round(n * 0.002))) changed.set(i, [when(rng), nums.mobile()]);
  const numberAt = (i: number, ts: number): string => {
    const c = changed.get(i);
    return c && ts >= c[0] ? c[1] : numbers[i]!;
  };
  return { numbers, contacts, offNet, changed, numberAt };
}

/** Person-to-person calls and SMS, incoming calls from other networks, and number-change notices. */
export function personalTraffic(rng: Rng, p: People, sink: Sink, hours: number): void {
  const when = rhythm(PEOPLE, hours);
  const days = hours / 24;
  const peer = (list: Int32Array, ts: number): string => {
    // the first contacts are the closest ones and get most calls
    const x = list[Math.floor(list.length * rng.next() ** 2)]!;
    return x >= 0 ? p.numberAt(x, ts) : p.offNet[-1 - x]!;
  };
  p.numbers.forEach((_, i) => {
    const list = p.contacts[i]!;
    const activity = rng.logNormal(1, 0.7);
    for (let c = rng.poisson(3.5 * activity * days); c > 0; c--) {
      const t = when(rng);
      // about one call in six is not answered, and is often retried a few minutes later
      const answered = rng.chance(0.83);
      const to = peer(list, t);
      sink.call(t, p.numberAt(i, t), to, answered ? rng.logNormal(70, 1.1) : 0);
      if (!answered && rng.chance(0.4)) sink.call(t + rng.range(1, 15) * MINUTE, p.numberAt(i, t), to, rng.logNormal(60, 1));
    }
    for (let c = rng.poisson(0.8 * activity * days); c > 0; c--) {
      const t = when(rng);
      const x = list[rng.int(list.length)]!;
      if (x < 0) continue; // an SMS to another network is not seen here
      // sometimes a person passes on a phone number ("call my brother on …")
      const mention = rng.chance(0.03) ? [peer(list, t)] : [];
      sink.sms(t, p.numberAt(i, t), p.numberAt(x, t), mention);
    }
    for (let c = rng.poisson(0.9 * activity * days); c > 0; c--) {
      const t = when(rng);
      const offs = Array.from(list).filter((x) => x < 0);
      const from = offs.length > 0 && rng.chance(0.7) ? p.offNet[-1 - rng.pick(offs)]! : rng.pick(p.offNet);
      sink.call(t, from, p.numberAt(i, t), rng.chance(0.8) ? rng.logNormal(80, 1) : 0);
    }
  });
  for (const [i, [t, fresh]] of p.changed) {
    for (const x of new Set(p.contacts[i])) {
      if (x < 0) continue;
      sink.sms(t + rng.range(0, 20) * MINUTE, p.numbers[i]!, p.numberAt(x, t), [fresh]);
      if (rng.chance(0.5)) sink.call(t + rng.logNormal(2, 1) * HOUR, p.numberAt(x, t), fresh, rng.logNormal(90, 1));
    }
  }
}
