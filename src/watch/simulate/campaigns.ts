// Scam campaigns: lures sent by mass SMS from SIM-box farms (many mobile senders, each retired after a
// few hundred messages), the callback number rotated mid-campaign, 1–3 % of recipients calling back,
// plus people who got the same lure by e-mail or messenger and call without any SMS (unprimed) —
// and e-mail-only campaigns that leave no SMS trace at all. Sizes range from a few hundred to tens of
// thousands of recipients. Some callback numbers are warmed SIMs (a few ordinary calls in the day
// before the campaign, against anti-fraud rules for new numbers), and some crews call back victims
// who hung up, so a callback number is not always inbound-only.
import type { SimContext } from './context.js';
import { HOUR, localHour, MINUTE } from './context.js';
import { coprimeStride } from './prng.js';
import type { Rng } from './prng.js';
import { PRETEXTS } from './profile.js';
import type { Lang, Pretext } from './profile.js';
import { call, NO_TAG, sms } from './sim-event.js';
import type { SimEvent } from './sim-event.js';
import type { Source } from './social.js';

interface Campaign {
  index: number;
  rng: Rng;
  /** Wording of the lures: its own stream, so texts never shift who gets what when. */
  trng: Rng;
  /** The numbers' own outgoing calls: its own stream, so adding them moved no other event. */
  orng: Rng;
  /** The crew calls back victims who hung up at once. */
  callsOut: boolean;
  channel: 'sms' | 'email';
  pretext: Pretext;
  lang: Lang | 'both';
  size: number;
  start: number;
  /** Mean gap between two messages of the farm, ms. */
  gapMs: number;
  numbers: string[];
  tags: number[];
  cbRate: number;
  sims: string[];
  simLeft: number[];
  first: number;
  stride: number;
  sent: number;
  nextTs: number;
}

function logUniform(rng: Rng, lo: number, hi: number): number {
  return Math.round(Math.exp(Math.log(lo) + rng.next() * (Math.log(hi) - Math.log(lo))));
}

function simQuota(rng: Rng): number {
  return rng.range(40, 260);
}

export class CampaignSource implements Source {
  private readonly campaigns: Campaign[] = [];

  constructor(private readonly ctx: SimContext, count: number) {
    for (let i = 0; i < count; i++) this.campaigns.push(this.plan(i));
  }

  private plan(i: number): Campaign {
    const ctx = this.ctx;
    const rng = ctx.rng(1000 + i);
    const n = ctx.subscribers;
    // the first three campaigns pin the hard cases: a rotated number, a small campaign, an e-mail-only one
    const channel = i === 2 || (i > 2 && rng.chance(0.1)) ? 'email' : 'sms';
    // up to 5 % of the population (60 000 at most), but room for a SIM-box's worth in small populations
    const maxSize = Math.min(60_000, Math.max(Math.floor(n * 0.05), Math.min(1500, Math.floor(n * 0.25))));
    let size = i === 1 ? rng.range(150, 400) : logUniform(rng, 300, Math.max(300, maxSize));
    size = Math.max(1, Math.min(size, n));
    const rotated = i === 0 || (i !== 1 && rng.chance(0.4));
    const nNumbers = rotated ? rng.range(2, 3) : 1;
    const pretext = PRETEXTS[(i + (ctx.seed >>> 0)) % PRETEXTS.length]!;
    const numbers: string[] = [];
    for (let k = 0; k < nNumbers; k++) numbers.push(rng.chance(0.85) ? ctx.plan.freshMobile() : ctx.plan.freshFixed(rng.pick(['727', '717'])));
    const tags = numbers.map((num) => ctx.truth.scamTag(num, i, pretext, channel));
    const slots = rng.range(4, 32);
    const sims: string[] = [];
    const simLeft: number[] = [];
    for (let k = 0; k < slots; k++) {
      sims.push(ctx.plan.freshMobile());
      simLeft.push(simQuota(rng));
    }
    const gapMs = (rng.range(2000, 8000) / slots) * (channel === 'email' ? 0.2 : 1);
    const span = ctx.end - ctx.live;
    let start = ctx.live + rng.int(Math.max(1, Math.floor(span * 0.7)));
    // scammers work office hours: redraw a few times for a start between 09:00 and 20:00 local
    for (let t = 0; t < 12 && (localHour(start) < 9 || localHour(start) >= 20); t++) start = ctx.live + rng.int(Math.max(1, Math.floor(span * 0.7)));
    const orng = ctx.rng(3000 + i);
    for (const num of numbers) if (orng.chance(0.15)) this.warm(orng, num, start);
    const lang = rng.chance(0.3) ? 'both' : rng.chance(0.6) ? 'ru' : 'kk';
    const c: Campaign = {
      index: i,
      rng,
      trng: ctx.rng(2000 + i),
      orng,
      callsOut: orng.chance(0.3),
      channel,
      pretext,
      lang,
      size,
      start,
      gapMs,
      numbers,
      tags,
      cbRate: 0.01 + rng.next() * 0.02,
      sims,
      simLeft,
      first: rng.int(n),
      stride: coprimeStride(rng, n),
      sent: channel === 'email' ? size : 0,
      nextTs: start,
    };
    this.planUnprimed(c);
    return c;
  }

  /** A warmed SIM: a few short ordinary calls out in the day before the campaign. */
  private warm(orng: Rng, num: string, start: number): void {
    const ctx = this.ctx;
    const from = Math.max(ctx.start, start - 24 * HOUR);
    const calls = orng.range(3, 12);
    for (let k = 0; k < calls; k++) {
      ctx.schedule(call(from + orng.int(Math.max(1, start - from)), num, ctx.subs[orng.int(ctx.subscribers)]!, orng.range(0, 90), NO_TAG));
    }
  }

  /** The number a campaign advertises at time ts: rotation follows the sending schedule. */
  private numberAt(c: Campaign, ts: number): number {
    const phase = (c.size * c.gapMs) / c.numbers.length;
    return Math.min(c.numbers.length - 1, Math.max(0, Math.floor((ts - c.start) / Math.max(phase, 1))));
  }

  private planUnprimed(c: Campaign): void {
    const ctx = this.ctx;
    const rng = c.rng;
    const share = c.channel === 'email' ? 1 : rng.next() * 0.35;
    const callers = Math.round(c.size * c.cbRate * share) + (c.channel === 'email' ? 3 : 0);
    const sendSpan = c.size * c.gapMs;
    for (let k = 0; k < callers; k++) {
      const ts = c.start + Math.floor(rng.next() * (sendSpan + 8 * HOUR));
      const j = this.numberAt(c, Math.min(ts, c.start + sendSpan));
      const caller = rng.int(ctx.subscribers);
      ctx.schedule(call(ts, ctx.subs[caller]!, c.numbers[j]!, this.duration(rng), c.tags[j]));
    }
  }

  private duration(rng: Rng): number {
    // some hang up at once, those who stay are kept talking
    return rng.chance(0.15) ? rng.range(0, 20) : Math.max(20, Math.min(4 * 3600, Math.round(rng.logNormal(240, 1.0))));
  }

  private lure(c: Campaign, recipient: number, ts: number, j: number): string {
    const ctx = this.ctx;
    const lang = c.lang === 'both' ? ctx.lang(recipient) : c.lang;
    const l = ctx.profile.lures[c.pretext];
    return ctx.text(c.trng, l[lang], (t) => ({
      org: t.pick(l.orgs[lang]),
      num: ctx.writeNumber(c.numbers[j]!, t),
      urge: t.pick(ctx.profile.data.urgency[lang]),
      code: String(t.range(1000, 9999)),
      amount: `${String(t.range(15, 490))} ${String(t.range(0, 9))}00`,
      date: ctx.dateAfter(ts, t.range(0, 2)),
      street: t.pick(ctx.profile.data.streets[lang]),
      order: `KZ${String(t.range(10_000_000, 99_999_999))}`,
    }));
  }

  emit(_from: number, to: number, out: SimEvent[]): void {
    const ctx = this.ctx;
    for (const c of this.campaigns) {
      const rng = c.rng;
      while (c.sent < c.size && c.nextTs < to) {
        const ts = Math.floor(c.nextTs);
        const r = (c.first + c.sent * c.stride) % ctx.subscribers;
        const j = Math.min(c.numbers.length - 1, Math.floor((c.sent * c.numbers.length) / c.size));
        const slot = rng.int(c.sims.length);
        const sender = c.sims[slot]!;
        if (--c.simLeft[slot]! <= 0) {
          // the farm retires a SIM before operators block it
          c.sims[slot] = ctx.plan.freshMobile();
          c.simLeft[slot] = simQuota(rng);
        }
        out.push(sms(ts, sender, ctx.subs[r]!, this.lure(c, r, ts, j), [c.numbers[j]!], c.tags[j]));
        if (rng.chance(c.cbRate)) {
          const at = ts + Math.max(15_000, Math.round(rng.logNormal(12 * MINUTE, 1.3)));
          const cb = call(at, ctx.subs[r]!, c.numbers[j]!, this.duration(rng), c.tags[j]);
          ctx.schedule(cb);
          if (c.callsOut && cb.durationS < 20 && c.orng.chance(0.6)) {
            ctx.schedule(call(at + Math.round(c.orng.logNormal(5 * MINUTE, 0.8)), c.numbers[j]!, ctx.subs[r]!, Math.round(c.orng.logNormal(180, 1)), NO_TAG));
          }
          if (rng.chance(0.2)) ctx.schedule(call(at + Math.round(rng.exp(1.5 * HOUR)), ctx.subs[r]!, c.numbers[j]!, this.duration(rng), c.tags[j]));
        }
        c.sent++;
        c.nextTs += rng.exp(c.gapMs);
      }
    }
  }
}
