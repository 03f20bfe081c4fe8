// Kazakhstan numbering for simulated traffic: unique subscriber and service numbers, and how people write them.
import type { Rng } from './prng.js';

/** Mobile prefixes in use in Kazakhstan (+7 70x, 747, 771, 775–778). */
export const KZ_MOBILE_PREFIXES = ['700', '701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778'] as const;

/** Geographic codes for fixed lines (Almaty, Astana, Shymkent, Karaganda). */
export const KZ_CITY_CODES = ['727', '717', '725', '721'] as const;

const SPACE = 10_000_000;
const MOBILE_SPACE = KZ_MOBILE_PREFIXES.length * SPACE;
// Multipliers coprime to the space sizes, so x → (A·x + B) mod size is a bijection: numbers look
// scattered (neighbouring indices share neither prefix nor digits) and never collide.
const A = 7_368_787;
const B = 1_048_573;
const FA = 3_762_941;

function scatter(x: number): number {
  return (FA * x + B) % SPACE;
}

function pad7(n: number): string {
  const s = String(n);
  return s.length >= 7 ? s : '0000000'.slice(s.length) + s;
}

/**
 * Numbers are allocated from one index space: subscribers take 0…N−1, every other mobile number
 * (couriers, SIM-box senders, scam numbers) takes N, N+1, … — so no service number is ever a subscriber's.
 */
export class NumberPlan {
  private nextMobile: number;
  private nextFixed = 0;
  private readonly fixedOffset: number;

  constructor(readonly subscribers: number, seedOffset: number) {
    if (subscribers > MOBILE_SPACE / 2) throw new RangeError('too many subscribers for the numbering plan');
    this.nextMobile = subscribers;
    this.fixedOffset = seedOffset % 1000;
  }

  /** The E.164 key of mobile index i. */
  static mobile(i: number): string {
    const j = (A * i + B) % MOBILE_SPACE;
    const p = KZ_MOBILE_PREFIXES[j % KZ_MOBILE_PREFIXES.length]!;
    return `+7${p}${pad7(Math.floor(j / KZ_MOBILE_PREFIXES.length))}`;
  }

  subscriberNumbers(): string[] {
    const out = new Array<string>(this.subscribers);
    for (let i = 0; i < this.subscribers; i++) out[i] = NumberPlan.mobile(i);
    return out;
  }

  /** A fresh mobile number that is nobody's subscription in the simulated population. */
  freshMobile(): string {
    return NumberPlan.mobile(this.nextMobile++);
  }

  /** A fresh fixed-line number in the given city code (offices, dispatchers, spoofed "bank" lines). */
  freshFixed(city: string): string {
    const local = scatter(this.fixedOffset * 997 + this.nextFixed++ * 7919 + 2_000_000) % 8_000_000 + 2_000_000;
    return `+7${city}${pad7(local)}`;
  }
}

/** Writes a key the way people and senders do: "+7 701 234 56 78", "8 (701) 234-56-78", "87012345678"… */
export function writeNumber(key: string, rng: Rng): string {
  if (!key.startsWith('+7') || key.length !== 12) return key;
  const c = key.slice(2, 5);
  const a = key.slice(5, 8);
  const b = key.slice(8, 10);
  const d = key.slice(10, 12);
  switch (rng.int(6)) {
    case 0:
      return `+7 ${c} ${a} ${b} ${d}`;
    case 1:
      return `8 (${c}) ${a}-${b}-${d}`;
    case 2:
      return `8${c}${a}${b}${d}`;
    case 3:
      return `+7${c}${a}${b}${d}`;
    case 4:
      return `8-${c}-${a}-${b}-${d}`;
    default:
      return `+7 (${c}) ${a} ${b}${d}`;
  }
}
