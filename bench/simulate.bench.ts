// Simulator throughput: events generated and encoded as JSONL per second (no file, no gzip), against
// JSON.stringify of the same events — the naive encoder — measured in the same run.
import { loadSimProfile } from '../src/cli/commands/simulate.js';
import { encodeBatch } from '../src/watch/simulate/encode.js';
import { toWatchEvent } from '../src/watch/simulate/sim-event.js';
import type { SimEvent } from '../src/watch/simulate/sim-event.js';
import { Simulation } from '../src/watch/simulate/simulator.js';
import type { Bench } from './harness.js';

const bench: Bench = {
  name: 'simulate',
  async run() {
    const profile = await loadSimProfile();
    const opts = { subscribers: 200_000, hours: 6, campaigns: 6, seed: 1, start: Date.parse('2026-03-02T04:00:00Z') };
    let t = performance.now();
    let n = 0;
    let bytes = 0;
    for (const b of new Simulation(profile, opts).batches()) {
      n += b.length;
      bytes += encodeBatch(b, { format: 'jsonl', withText: true }).length;
    }
    const ours = n / ((performance.now() - t) / 1000);
    const kept: SimEvent[] = [];
    for (const b of new Simulation(profile, opts).batches()) for (const e of b) kept.push(e);
    t = performance.now();
    let naive = 0;
    for (const e of kept) naive += JSON.stringify(toWatchEvent(e, true)).length + 1;
    const stringify = kept.length / ((performance.now() - t) / 1000);
    if (naive !== bytes) process.stderr.write(`simulate bench: encoders disagree on size (${bytes} vs ${naive})\n`);
    return [{ name: 'simulate.generate+encode', value: ours, unit: 'events/s', baseline: { name: 'JSON.stringify-only', value: stringify } }];
  },
};

export default bench;
