// Official traffic: codes and balance notices from banks, operators and eGov (alphanumeric senders),
// bank notices that print the hotline, and the hotlines themselves — called by a great many people,
// some right after such a notice. Hotlines are the first look-alike a detector must not flag.
import type { SimContext } from './context.js';
import { DAY, DIURNAL, HOUR, localHour, MINUTE } from './context.js';
import type { Rng } from './prng.js';
import { call, NO_MENTIONS, sms } from './sim-event.js';
import type { SimEvent } from './sim-event.js';
import type { Source } from './social.js';

function amount(rng: Rng): string {
  const v = Math.round(rng.logNormal(9000, 1.2) / 10) * 10;
  return v >= 1000 ? `${Math.floor(v / 1000)} ${String(v % 1000).padStart(3, '0')}` : String(Math.max(v, 50));
}

export class InstitutionSource implements Source {
  private readonly rng: Rng;
  private readonly trng: Rng;
  private readonly smsPerMs: number;
  private readonly callsPerMs: number;

  constructor(private readonly ctx: SimContext) {
    this.rng = ctx.rng(2);
    this.trng = ctx.rng(502);
    this.smsPerMs = (ctx.subscribers * ctx.rates.a2pSmsPerDay) / DAY;
    this.callsPerMs = (ctx.subscribers * ctx.rates.hotlineCallsPerDay) / DAY;
  }

  private hotlineCall(ts: number, caller: number, h: number): SimEvent {
    const hl = this.ctx.profile.data.hotlines[h]!;
    const d = Math.max(5, Math.min(3600, Math.round(this.rng.logNormal(200, 0.8))));
    return call(ts, this.ctx.subs[caller]!, hl.number, d, this.ctx.hotlineTags[h]);
  }

  emit(from: number, to: number, out: SimEvent[]): void {
    const ctx = this.ctx;
    const rng = this.rng;
    const { data, texts } = ctx.profile;
    const span = to - from;
    const f = DIURNAL[localHour(from)]!;
    const n = rng.poisson(this.smsPerMs * span * (0.5 + 0.5 * f));
    for (let k = 0; k < n; k++) {
      const ts = from + rng.int(span);
      const r = rng.int(ctx.subscribers);
      const lang = ctx.lang(r);
      const u = rng.next();
      if (u < 0.45) {
        const h = data.hotlines[ctx.hotlineAlias.draw(rng)]!;
        const text = ctx.pooledText(`otp|${lang}|${h.id}`, this.trng, texts.otp[lang], (t) => ({ org: h.name[lang], code: String(t.range(1000, 999999)) }));
        out.push(sms(ts, h.senderId, ctx.subs[r]!, text, NO_MENTIONS));
      } else if (u < 0.8) {
        const op = rng.chance(0.35) ? rng.pick(data.operators) : data.hotlines[ctx.hotlineAlias.draw(rng)]!;
        const text = ctx.pooledText(`balance|${lang}|${op.id}`, this.trng, texts.balance[lang], (t) => ({ org: op.name[lang], amount: amount(t), amount2: amount(t) }));
        out.push(sms(ts, op.senderId, ctx.subs[r]!, text, NO_MENTIONS));
      } else {
        const hi = ctx.hotlineAlias.draw(rng);
        const h = data.hotlines[hi]!;
        const text = ctx.text(this.trng, texts.bankInfo[lang], (t) => ({ org: h.name[lang], num: h.number, date: ctx.dateAfter(ts, t.range(1, 5)) }));
        out.push(sms(ts, h.senderId, ctx.subs[r]!, text, [h.number], ctx.hotlineTags[hi]));
        if (rng.chance(0.06)) ctx.schedule(this.hotlineCall(ts + Math.round(rng.logNormal(40 * MINUTE, 1.3)), r, hi));
      }
    }
    const calls = rng.poisson(this.callsPerMs * span * f);
    for (let k = 0; k < calls; k++) {
      const caller = ctx.activity.draw(rng);
      const ts = from + rng.int(span);
      out.push(this.hotlineCall(ts, caller, ctx.hotlineAlias.draw(rng)));
      // some people call again when the first call did not solve it
      if (rng.chance(0.1)) ctx.schedule(this.hotlineCall(ts + Math.round(rng.exp(2 * HOUR)), caller, ctx.hotlineAlias.draw(rng)));
    }
  }
}
