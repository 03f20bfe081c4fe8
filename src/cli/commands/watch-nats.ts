// `saqbol watch --nats URL`: the scale-out worker. Owns partitions of the JetStream event stream,
// runs one detector per partition, publishes alerts on saqbol.alerts (the server records them as
// number flags), snapshots every few seconds and, on SIGINT/SIGTERM, stops with a final snapshot.
import type { Writable } from 'node:stream';
import cliProgress from 'cli-progress';
import { loadConfig } from '../../config.js';
import { SaqbolError } from '../../errors.js';
import type { WatchAlert } from '../../watch/alert.js';
import type { WatchConfig } from '../../watch/config.js';
import { parsePartitions } from '../../watch/sources/nats-partition.js';
import { agreePartitionCount, connectNats, layoutKv } from '../../watch/sources/nats-stream.js';
import { NatsWatchWorker } from '../../watch/sources/nats-worker.js';
import { watchServices } from '../../watch/sources/services.js';
import { closeOutputFile, openOutputFile } from '../output-file.js';

export interface NatsWatchOptions {
  nats: string;
  partitions?: string;
  snapshotEvery?: string;
  alertsOut?: string;
  progress: boolean;
  lure: boolean;
}

export async function runNatsWatch(o: NatsWatchOptions, settings: Partial<WatchConfig>, stderr: NodeJS.WriteStream = process.stderr): Promise<void> {
  const every = Number(o.snapshotEvery ?? '30');
  if (!Number.isFinite(every) || every <= 0) throw new SaqbolError('invalid_field', { field: '--snapshot-every', detail: 'a positive number of seconds' });
  const config = loadConfig();
  const services = watchServices(config.dataDir, { lure: o.lure });
  const file = o.alertsOut ? await openOutputFile(o.alertsOut, '--alerts-out', true) : undefined;
  const nats = await connectNats(o.nats, `saqbol-watch-${process.pid}`);
  // an open connection would keep the process alive after the error is printed
  const abandon = async (err: unknown): Promise<never> => {
    await nats.nc.close();
    if (file) await closeOutputFile(file);
    throw err;
  };
  const count = await layoutKv(nats).then(async (kv) => agreePartitionCount(kv, undefined)).catch(abandon);
  let partitions: number[];
  try {
    partitions = parsePartitions(o.partitions ?? `0-${count - 1}`, count);
  } catch (err) {
    return abandon(new SaqbolError('invalid_field', { field: '--partitions', detail: (err as Error).message }));
  }
  const out: Writable = file ?? process.stdout;
  let alerts = 0;
  const showBar = o.progress && stderr.isTTY;
  const bar = showBar
    ? new cliProgress.SingleBar({ format: ' partitions {parts} | {events} events | {eps} ev/s | alerts {alerts}', stream: stderr, fps: 2, hideCursor: true }, cliProgress.Presets.shades_classic)
    : undefined;
  const started = performance.now();
  // Listened for before the worker starts: a stop asked for while it restores its snapshots and catches up on the
  // stream is honoured once it has started (a final snapshot, exit 0), not met with the default of dying at once.
  const stopped = new Promise<string>((resolve) => {
    process.once('SIGINT', () => { resolve('SIGINT'); });
    process.once('SIGTERM', () => { resolve('SIGTERM'); });
  });
  bar?.start(1, 0, { parts: o.partitions ?? `0-${count - 1}`, events: 0, eps: 0, alerts: 0 });
  const worker = await NatsWatchWorker.start(nats, {
    partitions,
    snapshotEveryMs: every * 1000,
    config: settings,
    readText: services.readText,
    directory: services.directory,
    onAlert: (a: WatchAlert) => {
      alerts++;
      out.write(`${JSON.stringify(a)}\n`);
    },
  });
  stderr.write(`saqbol watch: partitions ${partitions.join(',')} of ${count} on ${o.nats}\n`);
  const tick = setInterval(() => {
    const secs = (performance.now() - started) / 1000;
    bar?.update(0, { events: worker.events.toLocaleString('en-US'), eps: Math.round(worker.events / secs).toLocaleString('en-US'), alerts });
  }, 500);
  try {
    await Promise.race([stopped, worker.failed()]);
  } finally {
    clearInterval(tick);
    await worker.stop();
    bar?.stop();
    await nats.nc.drain();
    if (file) await closeOutputFile(file);
  }
  const secs = (performance.now() - started) / 1000;
  for (const s of worker.stats()) {
    stderr.write(`  partition ${s.partition}: ${s.stats.events.toLocaleString('en-US')} events, ${s.stats.tracked} numbers, ${s.stats.alerts} alerts, last sequence ${s.stats.lastSeq}${s.malformed ? `, ${s.malformed} malformed` : ''}\n`);
  }
  stderr.write(`saqbol watch: ${worker.events.toLocaleString('en-US')} events in ${secs.toFixed(1)} s, ${alerts} alerts; final snapshots written\n`);
}
