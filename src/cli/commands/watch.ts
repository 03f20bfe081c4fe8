// `saqbol watch FILE…`: runs the detector over event files (CSV or JSONL, plain or gzip, "-" for stdin),
// shows progress on stderr, writes alerts as JSONL, records them as number flags in the store, and
// ends with a summary table.
import { statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { SaqbolError } from '../../errors.js';
import type { WatchAlert } from '../../watch/alert.js';
import type { WatchConfig } from '../../watch/config.js';
import { Detector } from '../../watch/detector.js';
import { pseudonymizer } from '../../watch/pseudonymize.js';
import { closeOutputFile, openOutputFile } from '../output-file.js';
import { peakRssBytes } from '../peak-rss.js';
import { SnapshotError, restore, snapshot } from '../../watch/snapshot.js';
import { readInto } from '../../watch/sources/file.js';
import type { EventFormat, ReadReport } from '../../watch/sources/file.js';
import { watchServices } from '../../watch/sources/services.js';

export interface WatchCliOptions {
  format?: string;
  alertsOut?: string;
  pseudonymizeKey?: string;
  store: boolean;
  progress: boolean;
  lure: boolean;
  windowHours?: string;
  primingHours?: string;
  latenessS?: string;
  threshold?: string;
  maxNumbers?: string;
  noveltyHours?: string;
  snapshotIn?: string;
  snapshotOut?: string;
  showMalformed: string;
  nats?: string;
  partitions?: string;
  snapshotEvery?: string;
}

function num(name: string, v: string | undefined, scale = 1): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new SaqbolError('invalid_field', { field: name, detail: `"${v}" is not a non-negative number` });
  return n * scale;
}

export function settings(o: WatchCliOptions): Partial<WatchConfig> {
  const out: Partial<WatchConfig> = {};
  const set = <K extends keyof WatchConfig>(k: K, v: WatchConfig[K] | undefined): void => {
    if (v !== undefined) out[k] = v;
  };
  set('windowMs', num('--window-hours', o.windowHours, 3_600_000));
  set('primingMs', num('--priming-hours', o.primingHours, 3_600_000));
  set('latenessMs', num('--lateness-s', o.latenessS, 1000));
  set('threshold', num('--threshold', o.threshold));
  set('maxNumbers', num('--max-numbers', o.maxNumbers));
  set('noveltyMs', num('--novelty-hours', o.noveltyHours, 3_600_000));
  return out;
}

/** A new detector, or the one a previous run left in --snapshot-in (its settings with it). */
async function detectorFor(o: WatchCliOptions, deps: ConstructorParameters<typeof Detector>[1]): Promise<Detector> {
  if (!o.snapshotIn) return new Detector(settings(o), deps);
  if (Object.keys(settings(o)).length > 0) {
    throw new SaqbolError('invalid_field', { field: '--snapshot-in', detail: 'a restored detector keeps the settings it was saved with; give no window, threshold or size options with it' });
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(o.snapshotIn);
  } catch (err) {
    throw new SaqbolError('invalid_field', { field: '--snapshot-in', detail: (err as Error).message });
  }
  try {
    return restore(bytes, deps);
  } catch (err) {
    if (err instanceof SnapshotError) throw new SaqbolError('invalid_field', { field: '--snapshot-in', detail: err.message });
    throw err;
  }
}

const mib = (b: number): string => (b / 1048576).toFixed(1);

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch (err) {
    throw new SaqbolError('invalid_field', { field: 'FILE', detail: `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
  }
}
/** A count with its noun, in the plural unless it is one. */
const count = (n: number, noun: string): string => `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;

function table(rows: [string, string][]): string {
  const w = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `  ${k.padEnd(w)}  ${v}`).join('\n');
}

export async function runWatch(files: string[], o: WatchCliOptions, stderr: NodeJS.WriteStream = process.stderr): Promise<{ alerts: WatchAlert[]; reports: ReadReport[] }> {
  if (o.format !== undefined && o.format !== 'csv' && o.format !== 'jsonl') throw new SaqbolError('invalid_field', { field: '--format', detail: 'csv or jsonl' });
  const format: EventFormat | undefined = o.format;
  const config = loadConfig();
  const services = watchServices(config.dataDir, { lure: o.lure });
  let out: Writable = process.stdout;
  const alerts: WatchAlert[] = [];
  const detector = await detectorFor(o, {
    ...services,
    ...(o.pseudonymizeKey ? { pseudonymize: pseudonymizer(o.pseudonymizeKey) } : {}),
    onAlert: (a) => {
      alerts.push(a);
      out.write(`${JSON.stringify(a)}\n`);
    },
  });
  const sources = files.length > 0 ? files : ['-'];
  const total = sources.reduce((s, f) => (f === '-' ? s : s + sizeOf(f)), 0);
  // opened only once the settings and the inputs are known good: a refused run leaves no empty file behind
  const file = o.alertsOut ? await openOutputFile(o.alertsOut, '--alerts-out') : undefined;
  if (file) out = file;
  const showBar = o.progress && stderr.isTTY;
  const bar = new cliProgress.SingleBar(
    { format: ' {bar} {percentage}% | {events} events | {eps} ev/s | RSS {rss} MiB | alerts {alerts}', stream: stderr, fps: 4, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  const started = process.hrtime.bigint();
  let peakRss = process.memoryUsage.rss();
  let doneBytes = 0;
  let doneEvents = 0;
  let lastTick = 0;
  if (showBar) bar.start(Math.max(1, total), 0, { events: 0, eps: 0, rss: mib(peakRss), alerts: 0 });
  const reports: ReadReport[] = [];
  try {
    for (const source of sources) {
      const report = await readInto(detector, source, {
        format,
        keepIssues: Number(o.showMalformed),
        onProgress: (bytes, events) => {
          const now = Date.now();
          if (now - lastTick < 250) return;
          lastTick = now;
          const rss = process.memoryUsage.rss();
          if (rss > peakRss) peakRss = rss;
          const secs = Number(process.hrtime.bigint() - started) / 1e9;
          if (showBar) bar.update(doneBytes + bytes, { events: doneEvents + events, eps: Math.round((doneEvents + events) / secs), rss: mib(rss), alerts: alerts.length });
        },
      });
      doneBytes += report.bytes;
      doneEvents += report.events;
      reports.push(report);
    }
    detector.flush();
  } finally {
    if (file) await closeOutputFile(file);
  }
  const rss = process.memoryUsage.rss();
  // the kernel's high-water mark, not only what the progress ticks happened to sample
  peakRss = Math.max(peakRss, rss, peakRssBytes());
  if (showBar) {
    bar.update(Math.max(1, total), { events: doneEvents, eps: 0, rss: mib(rss), alerts: alerts.length });
    bar.stop();
  }
  const secs = Number(process.hrtime.bigint() - started) / 1e9;
  if (o.snapshotOut) await writeFile(o.snapshotOut, snapshot(detector));

  let stored = 0;
  if (o.store && alerts.length > 0) {
    // the store's modules load only when alerts are to be recorded
    const { migrate, nowIso, openStore } = await import('../../store/db.js');
    const { recordFlag } = await import('../../store/number-flags.js');
    const store = await openStore({ databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath });
    try {
      await migrate(store);
      for (const a of alerts) {
        await recordFlag(store.db, { number: a.number, source: 'watch', score: a.score, reasons: a.reasons, ts: a.ts, now: nowIso() });
        stored++;
      }
    } finally {
      await store.close();
    }
  }

  const s = detector.stats();
  const malformed = reports.reduce((n, r) => n + r.malformed, 0);
  const rows: [string, string][] = [
    ...reports.map((r): [string, string] => [r.source, `${r.format}${r.gzip ? '.gz' : ''}, ${count(r.lines, 'line')}, ${count(r.events, 'event')}, ${r.malformed} malformed`]),
    ['events', `${s.events.toLocaleString('en-US')} (${s.sms.toLocaleString('en-US')} sms, ${count(s.calls, 'call')}; ${s.late} late, ${s.tooOld} too old)`],
    ['time', `${secs.toFixed(1)} s, ${Math.round(s.events / Math.max(secs, 1e-9)).toLocaleString('en-US')} events/s`],
    ['memory', `peak RSS ${mib(peakRss)} MiB, detector state ${mib(s.stateBytes)} MiB`],
    ['numbers', `${s.tracked.toLocaleString('en-US')} tracked, ${s.evicted.toLocaleString('en-US')} evicted; text cache hit rate ${(100 * s.textCacheHitRate).toFixed(1)} %`],
    ['alerts', `${count(s.alerts, 'alert')} on ${count(s.alertedNumbers, 'number')}${o.store ? `, ${stored} recorded as number flags` : ''}${o.alertsOut ? ` → ${o.alertsOut}` : ''}`],
    ['event time', `${s.since ?? '—'} → ${s.watermark ?? '—'}`],
  ];
  const watchedMs = s.since !== null && s.watermark !== null ? Date.parse(s.watermark) - Date.parse(s.since) : 0;
  if (watchedMs < detector.config.noveltyMs) {
    // a cold start cannot tell a new number from a line that was quiet overnight: say what waits for history
    rows.push(['warm-up', `numbers no message names are judged after ${(detector.config.noveltyMs / 3_600_000).toFixed(0)} h of watched traffic (this state has ${(watchedMs / 3_600_000).toFixed(1)} h); carry it on with --snapshot-out and --snapshot-in`]);
  }
  stderr.write(`\nsaqbol watch — summary\n${table(rows)}\n`);
  if (malformed > 0) {
    stderr.write(`\nmalformed lines (first ${o.showMalformed} per file):\n`);
    for (const r of reports) for (const i of r.firstMalformed) stderr.write(`  ${r.source}:${i.line}: ${i.reason}\n`);
  }
  const top = [...new Map(alerts.map((a) => [a.number, a])).values()].sort((a, b) => b.score - a.score).slice(0, 15);
  if (top.length > 0) {
    stderr.write('\nflagged numbers (highest score):\n');
    for (const a of top) {
      const why = a.reasons.map((r) => `${r.code}=${r.value}`).join(' ');
      stderr.write(`  ${a.number.padEnd(14)} ${a.score.toFixed(2)}  ${a.ts}  ${why}\n`);
    }
  }
  return { alerts, reports };
}

export function watchCommand(program: Command): void {
  program
    .command('watch')
    .description('find callback-magnet numbers in SMS and call events (CSV or JSONL, plain or gzip; "-" or nothing for stdin)')
    .argument('[files...]', 'event files')
    .option('--format <format>', 'csv or jsonl (default: from the file name or its first byte)')
    .option('--alerts-out <file>', 'write alerts as JSONL to this file (default: stdout)')
    .option('--pseudonymize-key <key>', 'replace subscriber numbers by a keyed hash at ingestion')
    .option('--no-store', 'do not record alerts as number flags in the store')
    .option('--no-progress', 'no progress bar on stderr')
    .option('--no-lure', 'do not score texts with the lure analyzer (numbers are still extracted)')
    .option('--window-hours <h>', 'sliding window for the counts (default 12)')
    .option('--priming-hours <h>', 'how long before a call a message primes the caller (default 6)')
    .option('--lateness-s <s>', 'how far out of order events may arrive (default 30)')
    .option('--threshold <score>', 'alert score threshold 0..1 (default 0.55)')
    .option('--max-numbers <n>', 'tracked numbers at most; the coldest are evicted (default 500000)')
    .option('--novelty-hours <h>', 'traffic watched before a number no message names can count as new (default 24)')
    .option('--snapshot-in <file>', "continue from a previous run's detector state (written by --snapshot-out)")
    .option('--snapshot-out <file>', 'write the detector state snapshot here at the end')
    .option('--show-malformed <n>', 'how many malformed lines to show per file', '20')
    .option('--nats <url>', 'scale-out: consume the JetStream event stream (see `saqbol ingest`) instead of files')
    .option('--partitions <list>', 'with --nats: partitions this worker owns, e.g. 0-7 or 0,2,4-5 (default all)')
    .option('--snapshot-every <s>', 'with --nats: seconds between state snapshots (default 30)')
    .action(async (files: string[], o: WatchCliOptions) => {
      if (o.nats) {
        if (files.length > 0) throw new SaqbolError('invalid_field', { field: '--nats', detail: 'a NATS worker reads the stream, not files' });
        const { runNatsWatch } = await import('./watch-nats.js');
        await runNatsWatch({ ...o, nats: o.nats }, settings(o));
        return;
      }
      await runWatch(files, o);
    });
}
