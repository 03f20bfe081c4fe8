// Watch scale-out throughput on this machine, on a nats-server of its own (never the one in NATS_URL,
// whose stream it would disturb): ingest events/s against reading the same file without publishing,
// and end-to-end events/s (ingest → JetStream → detector) with 1 and with 2 worker processes, against
// one detector reading the file. The 2-worker / 1-worker ratio is the scaling figure.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSimProfile, writeSimulation } from '../src/cli/commands/simulate.js';
import { loadConfig } from '../src/config.js';
import { Detector } from '../src/watch/detector.js';
import { readInto } from '../src/watch/sources/file.js';
import { Issues } from '../src/watch/sources/issues.js';
import { ingest } from '../src/watch/sources/nats-ingest.js';
import { eventsOf, openSource } from '../src/watch/sources/nats-read.js';
import { connectNats, consumerOf, STREAM } from '../src/watch/sources/nats-stream.js';
import type { Nats } from '../src/watch/sources/nats-stream.js';
import { watchServices } from '../src/watch/sources/services.js';
import type { Bench, Figure } from './harness.js';

const PARTITIONS = 8;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => {
        if (a && typeof a === 'object') resolve(a.port);
        else reject(new Error('no port'));
      });
    });
  });
}

async function natsServer(dir: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn('nats-server', ['-js', '-sd', dir, '-a', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
  const url = `nats://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const n = await connectNats(url, 'bench-probe');
      await n.nc.close();
      return { url, stop: () => child.kill('SIGTERM') };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill('SIGKILL');
  throw new Error('nats-server did not start (is it installed? apt-get install nats-server)');
}

async function backlog(nats: Nats): Promise<number> {
  let n = 0;
  for (let p = 0; p < PARTITIONS; p++) {
    const info = await nats.jsm.consumers.info(STREAM, consumerOf(p)).catch(() => null);
    if (!info) return Number.POSITIVE_INFINITY;
    n += info.num_pending + info.num_ack_pending;
  }
  return n;
}

function worker(url: string, parts: string): Promise<ChildProcess> {
  const c = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'watch', '--nats', url, '--partitions', parts, '--no-lure', '--no-progress', '--snapshot-every', '30', '--alerts-out', '/dev/null'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let err = '';
    c.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      if (err.includes('saqbol watch: partitions')) resolve(c);
    });
    c.once('exit', (code) => {
      reject(new Error(`worker exited (${String(code)}): ${err}`));
    });
  });
}

/** End-to-end events/s with k worker processes over a fresh server: workers ready, then ingest, until drained. */
async function endToEnd(file: string, events: number, k: number, readText: Parameters<typeof ingest>[1]['readText']): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'saqbol-bench-nats-'));
  const server = await natsServer(dir);
  const nats = await connectNats(server.url, 'bench');
  const kv = await import('../src/watch/sources/nats-stream.js').then(async (m) => m.agreePartitionCount(await m.layoutKv(nats), PARTITIONS));
  const split = k === 1 ? [`0-${kv - 1}`] : [`0-${kv / 2 - 1}`, `${kv / 2}-${kv - 1}`];
  const workers = await Promise.all(split.map((s) => worker(server.url, s)));
  const t0 = performance.now();
  await ingest(nats, { files: [file], readText });
  while ((await backlog(nats)) > 0) await new Promise((r) => setTimeout(r, 100));
  const secs = (performance.now() - t0) / 1000;
  for (const w of workers) w.kill('SIGTERM');
  await Promise.all(workers.map((w) => new Promise((r) => w.once('exit', r))));
  await nats.nc.close();
  server.stop();
  rmSync(dir, { recursive: true, force: true });
  return events / secs;
}

const bench: Bench = {
  name: 'nats',
  async run(): Promise<Figure[]> {
    const dir = mkdtempSync(join(tmpdir(), 'saqbol-bench-sim-'));
    const sim = await writeSimulation({ out: dir, subscribers: 3000, hours: 24, campaigns: 5, seed: 5, format: 'jsonl', withText: true, gzip: true, gzipLevel: 1, profile: await loadSimProfile() });
    const services = watchServices(loadConfig().dataDir, { lure: false });

    // baseline for ingest: reading and parsing the same file, no routing, no publishing
    let t = performance.now();
    let read = 0;
    for await (const b of eventsOf(await openSource(sim.eventsPath), new Issues())) read += b.length;
    const readRate = read / ((performance.now() - t) / 1000);

    const dirN = mkdtempSync(join(tmpdir(), 'saqbol-bench-nats-'));
    const server = await natsServer(dirN);
    const nats = await connectNats(server.url, 'bench');
    const r = await ingest(nats, { files: [sim.eventsPath], partitions: PARTITIONS, readText: services.readText });
    const ingestRate = r.events / r.seconds;
    await nats.nc.close();
    server.stop();
    rmSync(dirN, { recursive: true, force: true });

    // baseline for end to end: one detector reading the file directly
    t = performance.now();
    const single = new Detector({}, services);
    await readInto(single, sim.eventsPath);
    single.flush();
    const singleRate = sim.events / ((performance.now() - t) / 1000);

    const one = await endToEnd(sim.eventsPath, sim.events, 1, services.readText);
    const two = await endToEnd(sim.eventsPath, sim.events, 2, services.readText);
    rmSync(dir, { recursive: true, force: true });
    return [
      { name: 'nats.ingest', value: ingestRate, unit: 'events/s', baseline: { name: 'read-only', value: readRate } },
      { name: 'nats.end-to-end-1-worker', value: one, unit: 'events/s', baseline: { name: 'single-process', value: singleRate } },
      { name: 'nats.end-to-end-2-workers', value: two, unit: 'events/s', baseline: { name: '1-worker', value: one } },
    ];
  },
};

export default bench;
