// A real management company (КСК/ОСИ) announcing a real meter check to whole buildings by mass SMS,
// with its real dispatcher's number — a lure's pretext and shape, but legitimate. Sent sometimes from
// the company's sender id and sometimes from an ordinary mobile number, as small companies do.
import type { SimContext } from './context.js';
import { HOUR, MINUTE } from './context.js';
import { hash2 } from './prng.js';
import type { Rng } from './prng.js';
import { call, sms } from './sim-event.js';
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
}

/** Morning or afternoon local time on the given day offset. */
function officeTime(rng: Rng, dayStart: number): number {
  return dayStart + (rng.chance(0.5) ? 4 : 9) * HOUR + rng.int(3 * HOUR);
}

export class UtilitySource implements Source {
  private readonly rng: Rng;
  private readonly trng: Rng;
  private readonly pending: Announcement[] = [];

  constructor(private readonly ctx: SimContext) {
    this.rng = ctx.rng(4);
    this.trng = ctx.rng(504);
    const rng = this.rng;
    const hours = (ctx.end - ctx.start) / HOUR;
    // about one building-wide announcement per 150 000 subscribers a day, and always at least one
    const count = Math.max(1, Math.round((ctx.subscribers / 150_000) * (hours / 24) * rng.range(1, 2)));
    for (let k = 0; k < count; k++) {
      const utilIdx = k % ctx.profile.data.utilities.length;
      const u = ctx.profile.data.utilities[utilIdx]!;
      const size = Math.min(Math.max(20, Math.floor(ctx.subscribers / 3)), rng.range(250, 1500));
      const dayStart = ctx.start - ((ctx.start + 5 * HOUR) % (24 * HOUR));
      let start = officeTime(rng, dayStart + rng.int(Math.max(1, Math.ceil(hours / 24))) * 24 * HOUR);
      // keep the announcement inside the simulated window, and early enough for people to call back
      const latest = ctx.start + (ctx.end - ctx.start) * 0.6;
      if (start < ctx.start || start > latest) start = ctx.start + rng.int(Math.max(1, Math.floor(latest - ctx.start)));
      const dispatcher = ctx.plan.freshFixed(u.city);
      this.pending.push({
        start,
        sendMs: rng.range(4, 15) * MINUTE,
        first: rng.int(Math.max(1, ctx.subscribers - size)),
        count: size,
        sent: 0,
        sender: k % 2 === 0 ? u.senderId : ctx.plan.freshMobile(),
        dispatcher,
        org: utilIdx,
        street: rng.int(ctx.profile.data.streets.ru.length),
        tag: ctx.truth.legitTag(dispatcher, 'utility', u.id),
        checkInDays: rng.range(1, 3),
      });
    }
  }

  emit(from: number, to: number, out: SimEvent[]): void {
    const ctx = this.ctx;
    const rng = this.rng;
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
