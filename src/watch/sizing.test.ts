import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, DESIGN_LOAD } from './config.js';
import { H, hashString, mix32 } from './hash.js';
import { BloomRing } from './sketches/bloom-ring.js';
import { CallerGate } from './sketches/caller-gate.js';

// The default sizes at DESIGN_LOAD, scaled down by a power of two so that the bits (or cells) per
// item stay exactly those of the real sketches: false-positive rates depend on that ratio only.
const SCALE = 1 / 512;
const HOUR = 3_600_000;

function key(tag: string, i: number): [number, number] {
  hashString(`${tag}-${i}`);
  return [H[0]!, H[1]!];
}

/** Fills every bucket of a ring's query window with `perBucket` items, then probes unseen keys. */
function falsePositiveRate(bits: number, buckets: number, perBucket: number): number {
  const ring = new BloomRing({ bits: bits * SCALE, hashes: DEFAULT_CONFIG.bloomHashes, buckets, bucketMs: HOUR });
  const n = Math.round(perBucket * SCALE);
  for (let b = 0; b < buckets; b++) {
    for (let i = 0; i < n; i++) {
      const [x, y] = key(`in${b}`, i);
      ring.add(x, y, b * HOUR);
    }
  }
  let fp = 0;
  const probes = 40_000;
  for (let i = 0; i < probes; i++) {
    const [x, y] = key('out', i);
    if (ring.has(x, y, 0, (buckets - 1) * HOUR)) fp++;
  }
  return fp / probes;
}

/** A caller of a number as the detector hands it to the gate: two hashes of the (caller, number) pair. */
function call(gate: CallerGate, n: [number, number], caller: string, pane: number): number {
  const [s1, s2] = key(caller, 0);
  return gate.call(n[0], n[1], mix32(s1, n[1]), mix32(s2 ^ 0x27d4eb2f, n[0]), pane);
}

/**
 * A gate after two panes of (caller, number) pairs at `load` × DESIGN_LOAD: numbers with one to three
 * distinct callers (a number with more is tracked after gateCallers and leaves the gate).
 */
function loadedGate(load: number): { gate: CallerGate; numbers: [number, number][] } {
  const gate = new CallerGate(DEFAULT_CONFIG.gateWidth * SCALE, DEFAULT_CONFIG.bloomHashes);
  const pairs = Math.round(DESIGN_LOAD.pairsPerPane * load * SCALE);
  const numbers: [number, number][] = [];
  for (let pane = 0; pane < 2; pane++) {
    let fed = 0;
    for (let i = 0; fed < pairs; i++) {
      const n = key(`n${pane}`, i);
      numbers.push(n);
      const callers = 1 + (mix32(i, pane) >>> 0) % 3;
      for (let k = 0; k < callers; k++) call(gate, n, `c${pane}-${i}-${k}`, pane);
      fed += callers;
    }
  }
  return { gate, numbers };
}

describe('sketch sizes at the design load (10M subscribers)', () => {
  it('outgoing history: a whole-window query is false at most 1 % of the time', () => {
    const c = DEFAULT_CONFIG;
    expect(falsePositiveRate(c.outgoingBits, c.outgoingBuckets + 1, DESIGN_LOAD.outgoingPerBucket)).toBeLessThan(0.01);
  });

  it('priming: at most 0.5 % over the priming window', () => {
    const c = DEFAULT_CONFIG;
    expect(falsePositiveRate(c.primingBits, c.primingBuckets + 1, DESIGN_LOAD.primingPerBucket)).toBeLessThan(0.005);
  });

  it('gate pairs: a new caller of a number the gate holds is taken for one seen at most 2.5 % of the time', () => {
    const { gate, numbers } = loadedGate(1);
    let fp = 0;
    const probes = 40_000;
    for (let i = 0; i < probes; i++) {
      // numbers of both panes: their own callers' bits share their unit
      const [a, b] = numbers[(mix32(i, 7) >>> 0) % numbers.length]!;
      const [s1, s2] = key('new-caller', i);
      if (gate.seen(a, mix32(s1, b), mix32(s2 ^ 0x27d4eb2f, a), 1)) fp++;
    }
    expect(fp / probes).toBeLessThan(0.025);
  });

  it.each([
    [1, 0.06],
    [0.5, 0.01],
  ])('the gate gives few numbers it has not seen three phantom callers (load ×%s: under %s)', (load, bound) => {
    const { gate, numbers } = loadedGate(load);
    // a number with three callers of its own passes as if it had six when its cells carry three more
    let through = 0;
    const probes = 40_000;
    for (let i = 0; i < probes; i++) {
      const [a, b] = key('unseen', i);
      if (gate.estimate(a, b) >= DEFAULT_CONFIG.gateCallers - 3) through++;
    }
    expect(numbers.length).toBeGreaterThan(0);
    expect(through / probes).toBeLessThan(bound);
  });
});
