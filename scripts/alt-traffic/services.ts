// Legitimate numbers that look like magnets: hotlines that official SMS mention and very many people
// call, couriers whose SMS give their own mobile, management companies (ОСИ/КСК) announcing a meter
// check or intercom work, taxis, shops, clinics, busy call centres never mentioned by SMS, and outbound
// telemarketing. Sizes are per 200,000 subscribers and scale with the population.
import { blast } from './blast.js';
import { HOUR, MINUTE, OFFICE, PEOPLE, START_MS, reaction, rhythm } from './clock.js';
import type { Numbers } from './numbers.js';
import type { People } from './people.js';
import type { Rng } from './prng.js';
import type { Sink } from './sink.js';

export interface Legit { number: string; kind: string }

// reach: share of subscribers the official SMS goes to; reply: share of them who call; daily: share of all
// subscribers who call anyway during a day
const HOTLINES = [
  { number: '9999', sender: 'KASPI.KZ', reach: 0.25, reply: 0.01, daily: 0.02 },
  { number: '1414', sender: 'eGov', reach: 0.1, reply: 0.015, daily: 0.01 },
  { number: '7111', sender: 'Halyk', reach: 0.08, reply: 0.01, daily: 0.008 },
  { number: '0611', sender: 'Beeline', reach: 0.3, reply: 0.003, daily: 0.006 },
  { number: 'almaty', sender: 'ForteBank', reach: 0.05, reply: 0.01, daily: 0.004 },
  { number: 'astana', sender: 'Kazakhtelecom', reach: 0.04, reply: 0.02, daily: 0.003 },
] as const;
const PROMO = ['Magnum', 'Wildberries', 'Chocofamily', 'Sulpak', 'Technodom'];
const COURIER_IDS = ['KAZPOST', 'Glovo', 'Wolt', 'OZON', 'Arbuz.kz'];

export function services(rng: Rng, nums: Numbers, p: People, sink: Sink, hours: number): Legit[] {
  const n = p.numbers.length, scale = n / 200_000, days = hours / 24;
  const count = (per200k: number): number => Math.max(1, Math.round(per200k * scale));
  const office = rhythm(OFFICE, hours), anytime = rhythm(PEOPLE, hours);
  const legit: Legit[] = [];
  const add = (number: string, kind: string): string => { legit.push({ number, kind }); sink.watch(number); return number; };
  const someone = (): number => rng.int(n);
  const callAt = (t: number, i: number, to: string, medianS: number): void => {
    sink.call(t, p.numberAt(i, t), to, rng.chance(0.9) ? rng.logNormal(medianS, 0.8) : 0);
  };
  // watched before any traffic, so the person-to-person calls to a new number are counted
  for (const [, [, fresh]] of p.changed) add(fresh, 'new-number');
  const officialBlast = (sender: string, to: number[], mention: string[], reply: number, delayMin: number): void => {
    const t0 = office(rng);
    const times = blast(rng, sink, to.map((i) => p.numberAt(i, t0)), t0, rng.range(0.5, 3) * HOUR, () => sender, () => mention);
    to.forEach((i, k) => {
      if (rng.chance(reply)) callAt(reaction(rng, times[k]!, rng.logNormal(delayMin, 1.2) * MINUTE), i, mention[0]!, 240);
    });
  };

  for (const h of HOTLINES) {
    const number = add(h.number === 'almaty' || h.number === 'astana' ? nums.landline(h.number) : h.number, 'hotline');
    for (let d = 0; d < Math.ceil(days); d++) officialBlast(h.sender, rng.sample(n, Math.round(n * h.reach)), [number], h.reply, 40);
    for (let c = rng.poisson(n * h.daily * days); c > 0; c--) callAt(office(rng), someone(), number, 300);
  }
  for (const id of PROMO) { const t0 = office(rng); blast(rng, sink, rng.sample(n, Math.round(n * 0.15)).map((i) => p.numberAt(i, t0)), t0, HOUR, () => id, () => []); }

  for (let c = count(3); c > 0; c--) {
    const number = add(nums.landline('almaty'), 'call-center');
    for (let k = rng.poisson(n * rng.range(0.02, 0.05) * days); k > 0; k--) callAt(office(rng), someone(), number, 200);
  }
  for (let c = count(2); c > 0; c--) {
    const from = nums.landline('almaty');
    for (let k = rng.poisson(n * 0.015 * days); k > 0; k--) { const t = office(rng); sink.call(t, from, p.numberAt(someone(), t), rng.chance(0.5) ? rng.logNormal(25, 0.8) : 0); }
  }

  // couriers: a morning round of SMS with their own mobile, about a third call back, the courier calls some
  for (let c = count(150) * Math.ceil(days); c > 0; c--) {
    const mobile = add(nums.mobile(), 'courier');
    const own = rng.chance(0.6), id = rng.pick(COURIER_IDS);
    const to = rng.sample(n, Math.round(rng.range(20, 150)));
    const day = rng.int(Math.ceil(days)) * 24 * HOUR;
    const t0 = START_MS + day + rng.range(8, 11) * HOUR;
    const times = blast(rng, sink, to.map((i) => p.numberAt(i, t0)), t0, rng.range(10, 40) * MINUTE, () => own ? mobile : id, () => [mobile]);
    to.forEach((i, k) => {
      if (rng.chance(0.33)) callAt(reaction(rng, times[k]!, rng.logNormal(45, 1.2) * MINUTE), i, mobile, 60);
      if (rng.chance(0.4)) { const t = t0 + rng.range(1, 9) * HOUR; sink.call(t, mobile, p.numberAt(i, t), rng.logNormal(40, 0.7)); }
    });
    for (let k = rng.poisson(5); k > 0; k--) { const t = anytime(rng); sink.call(t, mobile, rng.pick(p.offNet), rng.logNormal(60, 1)); }
  }

  // ОСИ/КСК: one sender (the chair's mobile or an id) to the residents of a block, with the dispatcher's number
  for (let c = count(4); c > 0; c--) {
    const dispatcher = add(rng.chance(0.5) ? nums.landline('almaty') : nums.mobile(), 'utility');
    const sender = rng.chance(0.5) ? nums.mobile() : rng.pick(['OSI-Samal', 'KSK-Orbita', 'Almaty-Su', 'OSI.kz']);
    const size = Math.min(n, Math.round(rng.range(800, 4000) * Math.min(1, scale * 4)));
    const from = rng.int(n - size + 1);
    const residents = Array.from({ length: size }, (_, k) => from + k);
    officialBlast(sender, residents, [dispatcher], rng.range(0.03, 0.08), 90);
    for (let k = rng.poisson(size * 0.01 * days); k > 0; k--) callAt(office(rng), from + rng.int(size), dispatcher, 120);
  }

  // taxis: dispatch numbers many people call; drivers whose mobile the order SMS gives
  for (let c = count(2); c > 0; c--) {
    const number = add(nums.landline('almaty'), 'taxi');
    for (let k = rng.poisson(n * 0.01 * days); k > 0; k--) callAt(anytime(rng), someone(), number, 50);
  }
  for (let c = count(300) * Math.ceil(days); c > 0; c--) {
    const driver = nums.mobile();
    for (let k = 1 + rng.poisson(8); k > 0; k--) {
      const t = anytime(rng), i = someone();
      sink.sms(t, 'YandexGo', p.numberAt(i, t), [driver]);
      if (rng.chance(0.2)) callAt(t + rng.range(1, 8) * MINUTE, i, driver, 30);
    }
  }

  for (let c = count(40); c > 0; c--) {
    const number = add(nums.landline(rng.chance(0.7) ? 'almaty' : 'astana'), 'shop');
    for (let k = rng.poisson(rng.logNormal(80, 0.8) * days); k > 0; k--) callAt(office(rng), someone(), number, 90);
  }
  for (let c = count(10); c > 0; c--) {
    const number = add(nums.landline('almaty'), 'clinic');
    officialBlast(rng.pick(['Invivo', 'Olymp', 'MedClinic']), rng.sample(n, Math.round(rng.range(200, 1000) * scale)), [number], 0.08, 120);
    for (let k = rng.poisson(rng.logNormal(150, 0.6) * scale * days); k > 0; k--) callAt(office(rng), someone(), number, 120);
  }
  return legit;
}
