// Phone numbers, each handed out once, so a subscriber, a courier and a scammer never share a number.
import type { Rng } from './prng.js';

// Kazakhstan mobile codes (Beeline, Kcell/activ, Tele2/Altel)
const MOBILE = ['700', '701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778'];
const CITY = { almaty: '727', astana: '717' } as const;

export class Numbers {
  private readonly used = new Set<string>();
  constructor(private readonly rng: Rng) {}

  mobile(): string {
    return this.fresh(() => `+7${this.rng.pick(MOBILE)}${this.digits(7)}`);
  }

  landline(city: keyof typeof CITY): string {
    // Almaty numbers have 7 digits after 727; Astana's are 2xx xx xx after 717
    return this.fresh(() => `+7${CITY[city]}${city === 'astana' ? '2' + this.digits(6) : String(2 + this.rng.int(3)) + this.digits(6)}`);
  }

  private digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.rng.int(10));
    return s;
  }

  private fresh(make: () => string): string {
    for (;;) {
      const n = make();
      if (!this.used.has(n)) { this.used.add(n); return n; }
    }
  }
}
