// Watch throughput and memory: `saqbol watch` over a ≥10M-event CSV file (generated once by the
// simulator under bench/.out/, without texts, as operators that keep none send them), one core,
// against two baselines on the same file in the same run: an exact in-memory implementation (Maps
// of Sets, same parser) and DuckDB (one thread) running the equivalent detection SQL. JSONL is
// measured on a smaller file. Each `saqbol watch` run is a child process so its peak RSS is its own.
// Memory at scale: a file of 10M subscribers over two hours shows the state sized for that many,
// through `saqbol watch` and through the detector alone (the command also loads the server's modules).
// Figures depend on what else the machine runs: compare the ratios, measured side by side.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { writeSimulation } from '../src/cli/commands/simulate.js';
import type { Bench, Figure } from './harness.js';

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const out = join(here, '.out');
const BIG = { subscribers: 1_300_000, hours: 24, campaigns: 12, seed: 7 };
const SMALL = { subscribers: 100_000, hours: 24, campaigns: 6, seed: 7 };
const WIDE = { subscribers: 10_000_000, hours: 2, campaigns: 4, seed: 7 };
// The detector's state lives in typed arrays off the V8 heap; a small young generation keeps the
// garbage of parsing from inflating RSS. Both child processes run with the same flags.
const NODE_FLAGS = ['--max-semi-space-size=8'];

async function dataset(name: string, p: typeof BIG, format: 'csv' | 'jsonl'): Promise<string> {
  const dir = join(out, name);
  const file = join(dir, `events.${format}`);
  if (existsSync(join(dir, 'truth.json')) && existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  process.stderr.write(`generating ${name} with the simulator (${p.subscribers.toLocaleString('en-US')} subscribers, ${p.hours} h)…\n`);
  await writeSimulation({ ...p, out: dir, format, withText: format === 'jsonl', gzip: false, gzipLevel: 1 });
  return file;
}

async function saqbolWatch(file: string): Promise<{ events: number; rate: number; rss: number; state: number }> {
  const { stderr } = await run(process.execPath, [...NODE_FLAGS, '--import', 'tsx', join(root, 'src/cli/main.ts'), 'watch', file, '--no-store', '--no-progress', '--alerts-out', join(dirname(file), 'alerts.jsonl')], {
    cwd: root,
    maxBuffer: 64 << 20,
    env: { ...process.env, SAQBOL_VAR_DIR: join(out, 'var') },
  });
  const time = /time\s+([\d.]+) s, ([\d,]+) events\/s/.exec(stderr);
  const mem = /peak RSS ([\d.]+) MiB, detector state ([\d.]+) MiB/.exec(stderr);
  const ev = /events\s+([\d,]+) \(/.exec(stderr);
  if (!time || !mem || !ev) throw new Error(`unexpected saqbol watch output:\n${stderr}`);
  const n = (s: string): number => Number(s.replace(/,/g, ''));
  return { events: n(ev[1]!), rate: n(time[2]!), rss: Number(mem[1]), state: Number(mem[2]) };
}

async function exact(file: string): Promise<{ events: number; rate: number; rss: number }> {
  const { stdout } = await run(process.execPath, [...NODE_FLAGS, '--import', 'tsx', join(here, 'watch-exact.ts'), file], { cwd: root, maxBuffer: 1 << 20 });
  const r = JSON.parse(stdout.trim().split('\n').pop()!) as { events: number; seconds: number; maxRssBytes: number };
  return { events: r.events, rate: r.events / r.seconds, rss: r.maxRssBytes / 1048576 };
}

async function detectorAlone(file: string): Promise<{ rate: number; rss: number }> {
  const { stdout } = await run(process.execPath, [...NODE_FLAGS, '--import', 'tsx', join(here, 'watch-lib.ts'), file], { cwd: root, maxBuffer: 1 << 20 });
  const r = JSON.parse(stdout.trim().split('\n').pop()!) as { events: number; seconds: number; maxRssBytes: number };
  return { rate: r.events / r.seconds, rss: r.maxRssBytes / 1048576 };
}

async function duckdb(file: string, events: number): Promise<number> {
  const db = await DuckDBInstance.create(':memory:', { threads: '1' });
  const c = await db.connect();
  const t0 = process.hrtime.bigint();
  await c.run(`CREATE TABLE ev AS SELECT * FROM read_csv('${file.replace(/'/g, "''")}', header = true,
    columns = {'type': 'VARCHAR', 'ts': 'BIGINT', 'from': 'VARCHAR', 'to': 'VARCHAR', 'durationS': 'INTEGER', 'mentioned': 'VARCHAR', 'text': 'VARCHAR'})`);
  const r = await c.runAndReadAll(`
    WITH m AS (SELECT ts, "to" AS rcpt, "from" AS sender, unnest(string_split(mentioned, ';')) AS num FROM ev WHERE type = 'sms' AND mentioned IS NOT NULL AND mentioned <> ''),
         c AS (SELECT ts, "from" AS caller, "to" AS num FROM ev WHERE type = 'call'),
         fanout AS (SELECT num, count(DISTINCT rcpt) AS fanout, count(DISTINCT sender) AS senders FROM m GROUP BY num),
         fanin AS (SELECT num, count(DISTINCT caller) AS callers FROM c WHERE num IN (SELECT num FROM fanout) GROUP BY num),
         primed AS (SELECT c.num, count(DISTINCT c.caller) AS primed FROM c JOIN m ON m.rcpt = c.caller AND m.num = c.num AND m.ts <= c.ts AND m.ts >= c.ts - ${6 * 3_600_000} GROUP BY c.num)
    SELECT f.num, f.fanout, f.senders, i.callers, p.primed FROM fanout f JOIN fanin i USING (num) JOIN primed p USING (num) WHERE p.primed >= 8 AND f.senders >= 2`);
  const rows = r.getRowObjectsJS().length;
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  c.closeSync();
  process.stderr.write(`duckdb flagged ${rows} numbers in ${secs.toFixed(1)} s\n`);
  return events / secs;
}

const bench: Bench = {
  name: 'watch',
  async run(): Promise<Figure[]> {
    const csv = await dataset('watch-10m', BIG, 'csv');
    const jsonl = await dataset('watch-jsonl', SMALL, 'jsonl');
    const wide = await dataset('watch-10msubs', WIDE, 'csv');
    process.stderr.write(`csv: ${(statSync(csv).size / 1048576).toFixed(0)} MiB\n`);
    const ours = await saqbolWatch(csv);
    const ex = await exact(csv);
    const js = await saqbolWatch(jsonl);
    const wideCli = await saqbolWatch(wide);
    const wideLib = await detectorAlone(wide);
    // last: a child started after DuckDB has held the whole file would inherit its peak RSS
    const duck = await duckdb(csv, ours.events);
    const exactBase = { name: 'exact-map-of-sets', value: ex.rate };
    return [
      { name: `watch.csv (${(ours.events / 1e6).toFixed(1)}M events, 1 core)`, value: ours.rate, unit: 'events/s', baseline: exactBase },
      { name: 'watch.csv vs DuckDB (1 thread, detection SQL)', value: ours.rate, unit: 'events/s', baseline: { name: 'duckdb', value: duck } },
      { name: 'watch.csv peak RSS', value: ours.rss, unit: 'MiB', lowerIsBetter: true, baseline: { name: 'exact-map-of-sets', value: ex.rss } },
      { name: 'watch detector state', value: ours.state, unit: 'MiB', lowerIsBetter: true },
      { name: `watch.jsonl (${(js.events / 1e6).toFixed(2)}M events with texts, 1 core)`, value: js.rate, unit: 'events/s', baseline: exactBase },
      { name: `watch.csv 10M subscribers (${(wideCli.events / 1e6).toFixed(1)}M events) peak RSS, saqbol watch`, value: wideCli.rss, unit: 'MiB', lowerIsBetter: true },
      { name: 'watch.csv 10M subscribers peak RSS, detector alone', value: wideLib.rss, unit: 'MiB', lowerIsBetter: true },
      { name: 'watch.csv 10M subscribers, detector alone', value: wideLib.rate, unit: 'events/s' },
    ];
  },
};
export default bench;
