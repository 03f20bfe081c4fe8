// Delivery services text recipients the number of the courier bringing their parcel (one courier per
// service and area, the same one day after day), many recipients call that courier back, and the
// courier calls some of them. Courier numbers are mobile, popular and primed by SMS — yet legitimate.
import type { SimContext } from './context.js';
import { DAY, HOUR, localHour, MINUTE } from './context.js';
import type { Rng } from './prng.js';
import { call, sms } from './sim-event.js';
import type { SimEvent } from './sim-event.js';
import type { Source } from './social.js';

const AREA = 4000;
const WORK_FROM = 9;
const WORK_TO = 19;

interface Courier {
  number: string;
  name: string;
  tag: number;
}

export class CourierSource implements Source {
  private readonly rng: Rng;
  private readonly trng: Rng;
  private readonly perMs: number;
  private readonly couriers = new Map<number, Courier>();
  private readonly areas: number;

  constructor(private readonly ctx: SimContext) {
    this.rng = ctx.rng(3);
    this.trng = ctx.rng(503);
    this.areas = Math.ceil(ctx.subscribers / AREA);
    // all of the day's parcels are announced within working hours
    this.perMs = ((ctx.subscribers * ctx.rates.deliveriesPerDay) / DAY) * (24 / (WORK_TO - WORK_FROM));
  }

  private courier(service: number, area: number): Courier {
    const key = service * this.areas + area;
    let c = this.couriers.get(key);
    if (!c) {
      const number = this.ctx.plan.freshMobile();
      const svc = this.ctx.profile.data.delivery[service]!;
      c = { number, name: this.rng.pick(this.ctx.profile.data.people), tag: this.ctx.truth.legitTag(number, 'courier', svc.id) };
      this.couriers.set(key, c);
    }
    return c;
  }

  emit(from: number, to: number, out: SimEvent[]): void {
    const h = localHour(from);
    if (h < WORK_FROM || h >= WORK_TO) return;
    const ctx = this.ctx;
    const rng = this.rng;
    const span = to - from;
    const n = rng.poisson(this.perMs * span);
    const services = ctx.profile.data.delivery;
    for (let k = 0; k < n; k++) {
      const ts = from + rng.int(span);
      const r = rng.int(ctx.subscribers);
      const si = rng.int(services.length);
      const svc = services[si]!;
      const c = this.courier(si, Math.floor(r / AREA));
      const lang = ctx.lang(r);
      const text = ctx.text(this.trng, ctx.profile.texts.courier[lang], (t) => ({
        org: svc.name[lang],
        name: c.name,
        num: ctx.writeNumber(c.number, t),
        order: String(t.range(100000, 99999999)),
        time: `${String(t.range(12, 20))}:00`,
      }));
      out.push(sms(ts, svc.senderId, ctx.subs[r]!, text, [c.number], c.tag));
      if (rng.chance(0.35)) {
        const d = Math.max(3, Math.round(rng.logNormal(45, 0.7)));
        ctx.schedule(call(ts + Math.round(rng.logNormal(25 * MINUTE, 1.1)), ctx.subs[r]!, c.number, d, c.tag));
      }
      if (rng.chance(0.5)) {
        const d = rng.chance(0.2) ? 0 : Math.max(3, Math.round(rng.logNormal(35, 0.6)));
        ctx.schedule(call(ts + Math.round(rng.exp(3 * HOUR)), c.number, ctx.subs[r]!, d, c.tag));
      }
    }
  }
}
