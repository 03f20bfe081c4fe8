// A real management company (КСК/ОСИ) announcing a real meter check to whole buildings by mass SMS,
// with its real dispatcher's number — a lure's pretext and shape, but legitimate. Sent sometimes from
// the company's sender id and sometimes from the chairman's own phone (a resident's long-used number),
// as small companies do. The dispatcher line lives before and after the announcement: residents call
// it about leaks and lifts, the dispatcher calls out — at rates that vary, down to none for a company
// that has just been set up with a new number.
import type { SimContext } from './context.js';
import { DAY, HOUR, localHour, MINUTE } from './context.js';
import { hash2 } from './prng.js';
import type { Rng } from './prng.js';
import { call, NO_TAG, sms } from './sim-event.js';
import type { SimEvent } from './sim-event.js';
import type { Source } from './social.js';

interface Announcement {
  start: number;
  sendMs: number;
  first: number;
  count: number;
  sent: number;
  sender: string;
  dispatcher: string;
  org: number;
  street: number;
  tag: number;
  checkInDays: number;
  /** Ordinary calls to and from the dispatcher line per day. */
  callsInPerDay: number;
  callsOutPerDay: number;
}

const OFFICE_FROM = 8;
const OFFICE_TO = 20;

/** Morning or afternoon local time on the given day offset. */
function officeTime(rng: Rng, dayStart: number): number {
  return dayStart + (rng.chance(0.5) ? 4 : 9) * HOUR + rng.int(3 * HOUR);
}

export class UtilitySource implements Source {
  private readonly rng: Rng;
  private readonly trng: Rng;
  /** The dispatcher lines' everyday traffic and the choice of sender: a stream apart from the announcements'. */
  private readonly lrng: Rng;
  private readonly pending: Announcement[] = [];

  constructor(private readonly ctx: SimContext) {
    this.rng = ctx.rng(4);
    this.trng = ctx.rng(504);
    this.lrng = ctx.rng(604);
    const rng = this.rng;
    const lrng = this.lrng;
    const hours = (ctx.end - ctx.live) / HOUR;
    // about one building-wide announcement per 150 000 subscribers a day, and always at least one
    const count = Math.max(1, Math.round((ctx.subscribers / 150_000) * (hours / 24) * rng.range(1, 2)));
    for (let k = 0; k < count; k++) {
      const utilIdx = k % ctx.profile.data.utilities.length;
      const u = ctx.profile.data.utilities[utilIdx]!;
      const size = Math.min(Math.max(20, Math.floor(ctx.subscribers / 3)), rng.range(250, 1500));
      const dayStart = ctx.live - ((ctx.live + 5 * HOUR) % (24 * HOUR));
      let start = officeTime(rng, dayStart + rng.int(Math.max(1, Math.ceil(hours / 24))) * 24 * HOUR);
      // keep the announcement inside the simulated window, and early enough for people to call back
      const latest = ctx.live + (ctx.end - ctx.live) * 0.6;
      // an office hour of the next day rather than the night, when the first day's has passed
      if (start < ctx.live && start + DAY <= latest) start += DAY;
      if (start < ctx.live || start > latest) start = ctx.live + rng.int(Math.max(1, Math.floor(latest - ctx.live)));
      const dispatcher = ctx.plan.freshFixed(u.city);
      const first = rng.int(Math.max(1, ctx.subscribers - size));
      this.pending.push({
        start,
        sendMs: rng.range(4, 15) * MINUTE,
        first,
        count: size,
        sent: 0,
        sender: lrng.chance(0.5) ? u.senderId : ctx.subs[first + lrng.int(size)]!,
        dispatcher,
        org: utilIdx,
        street: rng.int(ctx.profile.data.streets.ru.length),
        tag: ctx.truth.legitTag(dispatcher, 'utility', u.id),
        checkInDays: rng.range(1, 3),
        callsInPerDay: lrng.chance(0.2) ? 0 : lrng.range(4, 40),
        callsOutPerDay: lrng.chance(0.25) ? 0 : lrng.range(2, 15),
      });
    }
  }

  /** Residents calling the dispatcher and the dispatcher calling out, in office hours. */
  private everyday(a: Announcement, from: number, to: number, out: SimEvent[]): void {
    const h = localHour(from);
    if (h < OFFICE_FROM || h >= OFFICE_TO) return;
    const ctx = this.ctx;
    const lrng = this.lrng;
    const perMs = 1 / ((OFFICE_TO - OFFICE_FROM) * HOUR);
    const span = to - from;
    const resident = (): string => ctx.subs[lrng.chance(0.85) ? a.first + lrng.int(a.count) : lrng.int(ctx.subscribers)]!;
    const ins = lrng.poisson(a.callsInPerDay * perMs * span);
    for (let k = 0; k < ins; k++) out.push(call(from + lrng.int(span), resident(), a.dispatcher, Math.max(5, Math.round(lrng.logNormal(90, 0.8))), a.tag));
    const outs = lrng.poisson(a.callsOutPerDay * perMs * span);
    for (let k = 0; k < outs; k++) out.push(call(from + lrng.int(span), a.dispatcher, resident(), lrng.chance(0.2) ? 0 : Math.max(5, Math.round(lrng.logNormal(60, 0.8))), NO_TAG));
  }

  emit(from: number, to: number, out: SimEvent[]): void {
    const ctx = this.ctx;
    const rng = this.rng;
    for (const a of this.pending) this.everyday(a, from, to, out);
    for (const a of this.pending) {
      if (a.sent >= a.count || a.start >= to || a.start + a.sendMs < from) continue;
      const u = ctx.profile.data.utilities[a.org]!;
      while (a.sent < a.count) {
        // jitter from a hash, not the stream, so a message postponed to the next slice keeps its time
        const ts = a.start + Math.floor((a.sent / a.count) * a.sendMs) + (hash2(a.first, a.sent) % 1500);
        if (ts >= to) break;
        const r = a.first + a.sent;
        a.sent++;
        if (ts < from) continue;
        const lang = ctx.lang(r);
        const text = ctx.text(this.trng, ctx.profile.texts.utility[lang], (t) => ({
          org: u.name[lang],
          num: ctx.writeNumber(a.dispatcher, t),
          date: ctx.dateAfter(ts, a.checkInDays),
          street: ctx.profile.data.streets[lang][a.street]!,
        }));
        out.push(sms(ts, a.sender, ctx.subs[r]!, text, [a.dispatcher], a.tag));
        if (rng.chance(0.07)) {
          const d = Math.max(5, Math.round(rng.logNormal(80, 0.7)));
          ctx.schedule(call(ts + Math.round(rng.logNormal(3 * HOUR, 1.1)), ctx.subs[r]!, a.dispatcher, d, a.tag));
        }
      }
    }
  }
}
