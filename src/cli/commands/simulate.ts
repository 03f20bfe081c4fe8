// `saqbol simulate`: writes a realistic, seeded stream of SMS and call events with injected lure
// campaigns (DIR/events.jsonl.gz) and its ground truth (DIR/truth.json). The file side of the
// simulator: loading the profile, gzip, backpressure and progress live here, generation in src/watch/simulate.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { SaqbolError } from '../../errors.js';
import { DATA_DIR } from '../../paths.js';
import { CSV_HEADER, encodeBatch } from '../../watch/simulate/encode.js';
import type { SimFormat } from '../../watch/simulate/encode.js';
import { parseProfile } from '../../watch/simulate/profile.js';
import type { Profile } from '../../watch/simulate/profile.js';
import { Simulation } from '../../watch/simulate/simulator.js';
import type { SimOptions } from '../../watch/simulate/simulator.js';
import type { Truth } from '../../watch/simulate/truth.js';

export const DEFAULT_PROFILE = join(DATA_DIR, 'simulate', 'profile.json');

export async function loadSimProfile(path = DEFAULT_PROFILE): Promise<Profile> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new SaqbolError('bad_config', { detail: `cannot read simulator profile ${path}: ${(err as Error).message}` }, { cause: err });
  }
  return parseProfile(json);
}

export interface WriteOptions extends SimOptions {
  out: string;
  format: SimFormat;
  withText: boolean;
  gzip: boolean;
  /** zlib level; 1 keeps compression off the critical path for very large files. */
  gzipLevel: number;
  profile?: Profile;
  /** Called about every simulated hour with progress figures. */
  onProgress?: (p: { simulatedMs: number; totalMs: number; events: number }) => void;
}

export interface WriteResult {
  eventsPath: string;
  truthPath: string;
  events: number;
  /** Size of the events file as written (compressed when gzip). */
  bytes: number;
  truth: Truth;
}

async function write(sink: Writable, chunk: string): Promise<void> {
  if (!sink.write(chunk)) await once(sink, 'drain');
}

/** Runs a simulation and streams it to DIR; never holds more than one slice of events in memory. */
export async function writeSimulation(opts: WriteOptions): Promise<WriteResult> {
  const profile = opts.profile ?? (await loadSimProfile());
  const sim = new Simulation(profile, opts);
  await mkdir(opts.out, { recursive: true });
  const eventsPath = join(opts.out, `events.${opts.format}${opts.gzip ? '.gz' : ''}`);
  const truthPath = join(opts.out, 'truth.json');
  const file = createWriteStream(eventsPath);
  const gz = opts.gzip ? createGzip({ level: opts.gzipLevel, memLevel: 9 }) : undefined;
  if (gz) gz.pipe(file);
  const sink: Writable = gz ?? file;
  let buf = opts.format === 'csv' ? CSV_HEADER : '';
  const enc = { format: opts.format, withText: opts.withText };
  let nextReport = sim.start;
  for (const batch of sim.batches()) {
    buf += encodeBatch(batch, enc);
    if (buf.length >= 1 << 20) {
      await write(sink, buf);
      buf = '';
    }
    const last = batch.at(-1);
    if (opts.onProgress && last && last.ts >= nextReport) {
      opts.onProgress({ simulatedMs: last.ts - sim.start, totalMs: sim.end - sim.start, events: sim.events });
      nextReport = last.ts + 3_600_000;
    }
  }
  if (buf) await write(sink, buf);
  sink.end();
  await finished(file);
  const truth = sim.truth();
  await writeFile(truthPath, `${JSON.stringify(truth, null, 1)}\n`);
  opts.onProgress?.({ simulatedMs: sim.end - sim.start, totalMs: sim.end - sim.start, events: sim.events });
  return { eventsPath, truthPath, events: sim.events, bytes: file.bytesWritten, truth };
}

function int(name: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n)) throw new SaqbolError('invalid_field', { field: name, detail: `not an integer: ${v}` });
  return n;
}

interface CliOptions {
  subscribers: string;
  hours: string;
  campaigns: string;
  seed: string;
  out: string;
  format: string;
  text: boolean;
  gzip: boolean;
  gzipLevel: string;
  start?: string;
  profile?: string;
  progress: boolean;
}

export function simulateCommand(program: Command): void {
  program
    .command('simulate')
    .description('write simulated SMS and call events with injected lure campaigns, and their ground truth')
    .requiredOption('--out <dir>', 'output directory (events.<format>[.gz] and truth.json)')
    .option('--subscribers <n>', 'simulated subscribers', '100000')
    .option('--hours <h>', 'simulated hours', '24')
    .option('--campaigns <k>', 'scam campaigns to inject', '6')
    .option('--seed <s>', 'PRNG seed: same seed, same bytes', '1')
    .option('--format <format>', 'jsonl or csv', 'jsonl')
    .option('--no-text', 'write the mentioned numbers instead of message texts')
    .option('--gzip', 'gzip the events file (default)', true)
    .option('--no-gzip', 'write the events file uncompressed')
    .option('--gzip-level <1-9>', 'gzip level (low is fast)', '1')
    .option('--start <iso>', 'first simulated moment (default 2026-03-02T00:00+05:00)')
    .option('--profile <file>', 'simulator profile JSON (default data/simulate/profile.json)')
    .option('--no-progress', 'no progress bar on stderr')
    .action(async (o: CliOptions) => {
      if (o.format !== 'jsonl' && o.format !== 'csv') throw new SaqbolError('invalid_field', { field: 'format', detail: 'jsonl or csv' });
      const level = int('gzip-level', o.gzipLevel);
      if (level < 1 || level > 9) throw new SaqbolError('invalid_field', { field: 'gzip-level', detail: '1 to 9' });
      const start = o.start === undefined ? undefined : Date.parse(o.start);
      if (start !== undefined && !Number.isFinite(start)) throw new SaqbolError('invalid_field', { field: 'start', detail: `not a date: ${o.start}` });
      const hours = Number(o.hours);
      const bar = o.progress && process.stderr.isTTY
        ? new cliProgress.SingleBar({ format: 'simulating [{bar}] {percentage}% | {value}/{total} h | {events} events | {rate} ev/s', hideCursor: true }, cliProgress.Presets.shades_classic)
        : undefined;
      bar?.start(Math.ceil(hours), 0, { events: 0, rate: 0 });
      const t0 = performance.now();
      const result = await writeSimulation({
        out: o.out,
        subscribers: int('subscribers', o.subscribers),
        hours,
        campaigns: int('campaigns', o.campaigns),
        seed: int('seed', o.seed),
        ...(start === undefined ? {} : { start }),
        format: o.format,
        withText: o.text,
        gzip: o.gzip,
        gzipLevel: level,
        profile: await loadSimProfile(o.profile),
        onProgress: (p) => {
          const rate = Math.round(p.events / ((performance.now() - t0) / 1000));
          bar?.update(Math.floor(p.simulatedMs / 3_600_000), { events: p.events.toLocaleString('en-US'), rate: rate.toLocaleString('en-US') });
        },
      });
      bar?.stop();
      const secs = (performance.now() - t0) / 1000;
      const t = result.truth;
      process.stderr.write(
        `wrote ${result.events.toLocaleString('en-US')} events in ${secs.toFixed(1)} s (${Math.round(result.events / secs).toLocaleString('en-US')} events/s) to ${result.eventsPath}\n` +
          `truth: ${t.scams.length} scam numbers (${t.scams.reduce((a, s) => a + s.callbacks, 0)} callbacks), ${t.legit.length} legitimate look-alikes → ${result.truthPath}\n`,
      );
    });
}
