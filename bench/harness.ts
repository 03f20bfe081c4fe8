// What every benchmark returns, and a timer that reports a rate.
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The baseline measured in the same run; the runner prints value / baseline.value. */
  baseline?: { name: string; value: number };
  /** For "lower is better" units (ms, MiB), the runner inverts the ratio so >1 always means better. */
  lowerIsBetter?: boolean;
}

export interface Bench {
  name: string;
  run(): Promise<Figure[]>;
}

/** Runs fn repeatedly for at least minMs (after one warm-up call) and returns operations per second. */
export async function rate(fn: () => unknown, opsPerCall: number, minMs = 1500): Promise<number> {
  await fn();
  let calls = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs) {
    await fn();
    calls++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return (calls * opsPerCall) / (elapsed / 1000);
}

export function formatFigure(f: Figure): string {
  const v = f.value >= 100 ? Math.round(f.value).toLocaleString('en-US') : f.value.toFixed(2);
  if (!f.baseline) return `${f.name}: ${v} ${f.unit}`;
  const ratio = f.lowerIsBetter ? f.baseline.value / f.value : f.value / f.baseline.value;
  return `${f.name}: ${v} ${f.unit} (${ratio.toFixed(2)}x ${f.baseline.name})`;
}
