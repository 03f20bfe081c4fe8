// Time of the simulated period: it starts at local midnight in Almaty (UTC+5) and follows a daily
// rhythm, so night hours are quiet and callbacks that would land at night mostly wait for the morning.
import type { Rng } from './prng.js';

export const START_MS = Date.parse('2026-11-23T00:00:00+05:00');
export const HOUR = 3_600_000;
export const MINUTE = 60_000;

/** relative activity by local hour: people at home and work; services only in office hours */
export const PEOPLE = [3, 1.5, 1, 0.8, 0.8, 1.5, 4, 9, 14, 17, 18, 18, 17, 17, 17, 17, 17, 19, 20, 19, 16, 12, 8, 5];
export const OFFICE = [0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 2, 10, 16, 17, 17, 14, 15, 16, 15, 13, 10, 5, 2, 1, 0.6, 0.4, 0.3];

export const localHour = (ts: number): number => Math.floor((ts - START_MS) / HOUR) % 24;

/** A sampler of instants over `hours` hours following a daily profile. */
export function rhythm(profile: readonly number[], hours: number): (rng: Rng) => number {
  const cum: number[] = [];
  let total = 0;
  for (let h = 0; h < hours; h++) { total += profile[h % 24]!; cum.push(total); }
  return (rng) => {
    const x = rng.next() * total;
    let lo = 0, hi = cum.length - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (cum[mid]! > x) hi = mid; else lo = mid + 1; }
    return START_MS + (lo + rng.next()) * HOUR;
  };
}

/** A person's reaction some time after `ts`: at night (23:00–07:00) most people wait for the morning. */
export function reaction(rng: Rng, ts: number, delayMs: number): number {
  const t = ts + delayMs;
  const h = localHour(t);
  if ((h >= 23 || h < 7) && rng.chance(0.8)) {
    const wait = ((7 - h + 24) % 24) * HOUR - ((t - START_MS) % HOUR);
    return t + wait + rng.logNormal(90, 0.8) * MINUTE;
  }
  return t;
}
