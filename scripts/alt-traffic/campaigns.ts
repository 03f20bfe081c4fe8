// Scam campaigns: numbers the scammers want victims to call. The eight archetypes below are the default
// mix (the share of each is one in eight; more campaigns cycle through them with varied sizes and rates):
//   recipients at 200k subscribers · senders · callback rate · scam numbers · callback delay (median)
//   1 bank "authorization error"   60k · 40 fresh SIM-box SIMs · 0.8 %  · 1         · 25 min
//   2 parcel delivery                1.5k · 2 ordinary-looking SIMs · 5 % · 1         · 10 min
//   3 intercom replacement         20k · 25 fresh · 2 %    · 3, rotated    · 40 min
//   4 meter check by e-mail/messenger: no SMS, ~60 victims call over 8 h
//   5 bank, with the real 9999     10k · 10 fresh · 1.5 %  · 1            · 20 min
//   6 meter check, number calls out  8k · 6 fresh · 2.5 %  · 1 (+15 outgoing calls) · 60 min
//   7 slow big bank blast          50k · 30 fresh · 0.5 %  · 3, rotated 50/45/5 % (the last gets < 20) · 4 h
//   8 small look-alike sender id    1k · "KAZP0ST" · 1 %   · 1 (fewer than 20 callbacks) · 30 min
// Every second campaign starts within 1.5 h of the one before, so campaigns overlap.
import { blast } from './blast.js';
import { HOUR, MINUTE, START_MS, reaction } from './clock.js';
import type { Numbers } from './numbers.js';
import type { People } from './people.js';
import type { Rng } from './prng.js';
import type { Sink } from './sink.js';

interface Archetype {
  name: string;
  recipients: number;
  senders: number;
  /** SIMs that also place some calls, so they look like people's phones */
  senderCalls?: boolean;
  alphaSender?: string;
  rate: number;
  numbers: number;
  /** share of the blast each rotated number gets (even when absent) */
  shares?: readonly number[];
  delayMin: number;
  /** a real hotline the SMS also names, to look official */
  alsoMentions?: string;
  outgoing?: number;
  /** lure outside SMS: this many victims call */
  victims?: number;
}

const ARCHETYPES: readonly Archetype[] = [
  { name: 'bank-auth-error', recipients: 60_000, senders: 40, rate: 0.008, numbers: 1, delayMin: 25 },
  { name: 'parcel-delivery', recipients: 1_500, senders: 2, senderCalls: true, rate: 0.05, numbers: 1, delayMin: 10 },
  { name: 'intercom-rotated', recipients: 20_000, senders: 25, rate: 0.02, numbers: 3, delayMin: 40 },
  { name: 'meter-check-messenger', recipients: 0, senders: 0, rate: 0, numbers: 1, delayMin: 0, victims: 60 },
  { name: 'bank-with-real-9999', recipients: 10_000, senders: 10, rate: 0.015, numbers: 1, delayMin: 20, alsoMentions: '9999' },
  { name: 'meter-check-calls-out', recipients: 8_000, senders: 6, rate: 0.025, numbers: 1, delayMin: 60, outgoing: 15 },
  { name: 'bank-slow-big', recipients: 50_000, senders: 30, rate: 0.005, numbers: 3, shares: [0.5, 0.45, 0.05], delayMin: 240 },
  { name: 'lookalike-small', recipients: 1_000, senders: 1, alphaSender: 'KAZP0ST', rate: 0.01, numbers: 1, delayMin: 30 },
];

export interface Scam { number: string; campaign: string }

export function campaigns(rng: Rng, nums: Numbers, p: People, sink: Sink, hours: number, k: number): Scam[] {
  const n = p.numbers.length, scale = Math.min(1, n / 200_000);
  const scams: Scam[] = [];
  let prevStart = START_MS;
  for (let c = 0; c < k; c++) {
    const base = ARCHETYPES[c % ARCHETYPES.length]!;
    const cycle = Math.floor(c / ARCHETYPES.length);
    // later cycles vary the archetype: other sizes, other rates within 0.5–5 %
    const a = cycle === 0 ? base : {
      ...base,
      recipients: Math.round(base.recipients * rng.range(0.5, 1.5)),
      rate: Math.min(0.05, Math.max(0.005, base.rate * rng.range(0.6, 1.6))),
    };
    const name = cycle === 0 ? a.name : `${a.name}-${cycle + 1}`;
    const day = rng.int(Math.max(1, Math.floor(hours / 24))) * 24 * HOUR;
    // a period shorter than a day gets its campaigns inside it rather than in the daytime
    const t0 = c % 2 === 1 ? prevStart + rng.range(0.2, 1.5) * HOUR
      : START_MS + (hours < 20 ? rng.range(0.1, 0.6) * hours : day / HOUR + rng.range(8, 19)) * HOUR;
    prevStart = t0;
    const targets = Array.from({ length: a.numbers }, () => nums.mobile());
    for (const t of targets) { sink.watch(t); scams.push({ number: t, campaign: name }); }
    const callback = (i: number, t: number, to: string): void => {
      sink.call(t, p.numberAt(i, t), to, rng.chance(0.75) ? rng.logNormal(240, 0.8) : 0);
      // an unanswered or cut call is often tried again
      if (rng.chance(0.2)) sink.call(t + rng.range(2, 20) * MINUTE, p.numberAt(i, t), to, rng.logNormal(200, 0.8));
    };

    if (a.victims !== undefined) {
      for (const i of rng.sample(n, Math.min(n, a.victims))) callback(i, reaction(rng, t0, rng.range(0, 8) * HOUR), targets[0]!);
      continue;
    }
    const senders = Array.from({ length: a.senders }, () => a.alphaSender ?? nums.mobile());
    if (a.senderCalls) {
      for (const s of senders) for (let j = 0; j < 6; j++) { const t = t0 - rng.range(0, 6) * HOUR; sink.call(t, s, rng.pick(p.offNet), rng.logNormal(50, 1)); }
    }
    const to = rng.sample(n, Math.min(Math.round(n * 0.6), Math.max(100, Math.round(a.recipients * scale))));
    const span = rng.range(0.5, 1.5) * HOUR * Math.max(1, to.length / 20_000);
    const shares = a.shares ?? targets.map(() => 1 / a.numbers);
    const which = (j: number): number => {
      const x = j / to.length;
      let acc = 0;
      for (let q = 0; q < shares.length; q++) { acc += shares[q]!; if (x < acc) return q; }
      return shares.length - 1;
    };
    const mention = (j: number): string[] => {
      const m = [targets[which(j)]!];
      return a.alsoMentions ? [a.alsoMentions, ...m] : m;
    };
    const times = blast(rng, sink, to.map((i) => p.numberAt(i, t0)), t0, span, (j) => senders[j % senders.length]!, mention);
    to.forEach((i, j) => {
      if (rng.chance(a.rate)) callback(i, reaction(rng, times[j]!, rng.logNormal(a.delayMin, 1.1) * MINUTE), mention(j).at(-1)!);
      // some people check with the real bank instead
      else if (a.alsoMentions && rng.chance(0.004)) sink.call(reaction(rng, times[j]!, rng.logNormal(30, 1) * MINUTE), p.numberAt(i, t0), a.alsoMentions, rng.logNormal(300, 0.6));
    });
    for (let j = 0; j < (a.outgoing ?? 0); j++) {
      const t = t0 + rng.range(-2, 10) * HOUR;
      sink.call(t, targets[0]!, p.numberAt(rng.int(n), t), rng.chance(0.6) ? rng.logNormal(40, 0.8) : 0);
    }
  }
  return scams;
}
