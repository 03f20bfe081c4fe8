// A mass SMS: the recipients get it over a span of time, one sender (or SIM) after another, as a sending
// platform or a SIM box pushes it out. Returns when each recipient got it.
import type { Rng } from './prng.js';
import type { Sink } from './sink.js';

export function blast(
  rng: Rng, sink: Sink, to: readonly string[], t0: number, spanMs: number,
  sender: (k: number) => string, mention: (k: number) => readonly string[],
): number[] {
  return to.map((r, k) => {
    const t = t0 + (k / Math.max(1, to.length)) * spanMs + rng.range(0, 2000);
    sink.sms(t, sender(k), r, mention(k));
    return t;
  });
}
