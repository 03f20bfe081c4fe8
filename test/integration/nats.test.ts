// Watch scale-out on a real NATS JetStream (CI starts `nats-server -js` and sets NATS_URL): ingest is
// de-duplicated on re-runs, and three worker processes — one of them killed with SIGKILL mid-stream
// and started again — end with the same alerts and distinct counts as one detector over the file.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Kvm } from '@nats-io/kv';
import { Objm } from '@nats-io/obj';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSimProfile, writeSimulation } from '../../src/cli/commands/simulate.js';
import { loadConfig } from '../../src/config.js';
import { Detector } from '../../src/watch/detector.js';
import type { Features } from '../../src/watch/score.js';
import { restore } from '../../src/watch/snapshot.js';
import { readInto } from '../../src/watch/sources/file.js';
import { ingest } from '../../src/watch/sources/nats-ingest.js';
import { partitionOf, partitionReader } from '../../src/watch/sources/nats-partition.js';
import { connectNats, consumerOf, LAYOUT_BUCKET, SNAPSHOT_BUCKET, snapshotName, STREAM } from '../../src/watch/sources/nats-stream.js';
import type { Nats } from '../../src/watch/sources/nats-stream.js';
import { NatsWatchWorker, partitionConfig } from '../../src/watch/sources/nats-worker.js';
import { watchServices } from '../../src/watch/sources/services.js';
import type { WatchServices } from '../../src/watch/sources/services.js';

const url = process.env.NATS_URL;
const PARTITIONS = 6;

async function reset(nats: Nats): Promise<void> {
  await nats.jsm.streams.delete(STREAM).catch(() => false);
  await new Kvm(nats.js).open(LAYOUT_BUCKET).then((kv) => kv.destroy()).catch(() => false);
  await new Objm(nats.js).open(SNAPSHOT_BUCKET).then((os) => os.destroy()).catch(() => false);
}

async function until(what: string, ok: () => Promise<boolean>, ms = 240_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function backlog(nats: Nats, partitions: number[]): Promise<number> {
  let n = 0;
  for (const p of partitions) {
    const info = await nats.jsm.consumers.info(STREAM, consumerOf(p)).catch(() => null);
    if (!info) return Number.POSITIVE_INFINITY;
    n += info.num_pending + info.num_ack_pending;
  }
  return n;
}

interface Outcome {
  alerted: string[];
  features: Map<string, Partial<Features>>;
}

function counts(f: Features): Partial<Features> {
  return { fanout: f.fanout, senders: f.senders, numericSenders: f.numericSenders, callers: f.callers, primed: f.primed, inboundOnly: f.inboundOnly };
}

function outcomeOf(detectors: Detector[]): Outcome {
  const features = new Map<string, Partial<Features>>();
  for (const d of detectors) {
    for (const st of d.numbers.values()) {
      if (st.alerts === 0) continue;
      // at the number's own last event: a partition's clock is its own latest event, not the file's
      features.set(st.key, counts(d.features(st, st.lastTs)));
    }
  }
  return { alerted: [...features.keys()].sort(), features };
}

describe.skipIf(!url)('Watch scale-out on NATS JetStream (skipped: set NATS_URL, as CI does, to run it)', () => {
  let nats: Nats;
  let dir: string;
  let services: WatchServices;
  let file: string;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    nats = await connectNats(url!, 'saqbol-test');
    dir = mkdtempSync(join(tmpdir(), 'saqbol-nats-'));
    services = watchServices(loadConfig().dataDir);
    const sim = await writeSimulation({ out: dir, subscribers: 2500, hours: 24, campaigns: 5, seed: 5, format: 'jsonl', withText: true, gzip: true, gzipLevel: 1, profile: await loadSimProfile() });
    file = sim.eventsPath;
  });

  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    await reset(nats);
    await nats.nc.close();
    if (process.env.SAQBOL_KEEP_TEST_DIR) process.stderr.write(`kept ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  });

  it('publishes nothing twice when the same file is ingested again', async () => {
    await reset(nats);
    const first = await ingest(nats, { files: [file], partitions: PARTITIONS, readText: services.readText, chunkEvents: 500 });
    expect(first.events).toBeGreaterThan(20_000);
    expect(first.duplicates).toBe(0);
    expect(first.routed).toBeGreaterThan(first.events);
    const stored = (await nats.jsm.streams.info(STREAM)).state.messages;
    expect(stored).toBe(first.messages);
    const again = await ingest(nats, { files: [file], readText: services.readText, chunkEvents: 500 });
    expect(again.messages).toBe(first.messages);
    expect(again.duplicates).toBe(again.messages);
    expect((await nats.jsm.streams.info(STREAM)).state.messages).toBe(stored);

    // one worker over every partition applies each routed copy exactly once
    const all = Array.from({ length: PARTITIONS }, (_, p) => p);
    const worker = await NatsWatchWorker.start(nats, { partitions: all, snapshotEveryMs: 60_000, config: {}, readText: services.readText, directory: services.directory });
    await until('the worker to drain the stream', async () => (await backlog(nats, all)) === 0);
    await worker.stop();
    expect(worker.events).toBe(first.routed);
  }, 180_000);

  it('gives the single-process result with three workers, one killed with SIGKILL and restarted', async () => {
    // the single-process reference
    const single = new Detector({}, services);
    await readInto(single, file);
    single.flush();
    const expected = outcomeOf([single]);
    expect(expected.alerted.length).toBeGreaterThan(1);

    // the stream in two halves, so that a worker is surely killed while events keep arriving
    const lines = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
    const half = Math.floor(lines.length / 2);
    const a = join(dir, 'a.jsonl');
    const b = join(dir, 'b.jsonl');
    writeFileSync(a, `${lines.slice(0, half).join('\n')}\n`);
    writeFileSync(b, `${lines.slice(half).join('\n')}\n`);

    await reset(nats);
    await ingest(nats, { files: [a], partitions: PARTITIONS, readText: services.readText, chunkEvents: 300 });
    const logs = new Map<ChildProcess, string>();
    const spawnWorker = (parts: string): ChildProcess => {
      const log = join(dir, `worker-${parts}-${children.length}.log`);
      const c = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'watch', '--nats', url!, '--partitions', parts, '--snapshot-every', '3', '--no-progress', '--alerts-out', join(dir, `alerts-${parts}.jsonl`)], {
        stdio: ['ignore', 'ignore', openSync(log, 'w')],
      });
      children.push(c);
      logs.set(c, log);
      return c;
    };
    // A worker says so on stderr once it owns its partitions; a stop before that finds nothing to save.
    const started = (c: ChildProcess): Promise<void> => until('a worker to start', async () => readFileSync(logs.get(c)!, 'utf8').includes('saqbol watch: partitions'));
    const exited = (c: ChildProcess): Promise<number | null> => (c.exitCode !== null || c.signalCode !== null ? Promise.resolve(c.exitCode) : new Promise((r) => c.once('exit', (code) => { r(code); })));
    const w0 = spawnWorker('0-1');
    let w1 = spawnWorker('2-3');
    const w2 = spawnWorker('4-5');
    const all = Array.from({ length: PARTITIONS }, (_, p) => p);
    await until('the first half to be applied', async () => (await backlog(nats, all)) === 0, 120_000);
    const os = await new Objm(nats.js).open(SNAPSHOT_BUCKET);
    await until('a snapshot of partition 2', async () => (await os.info(snapshotName(2))) !== null);

    const second = ingest(nats, { files: [b], readText: services.readText, chunkEvents: 300 });
    await new Promise((r) => setTimeout(r, 400));
    w1.kill('SIGKILL');
    expect(await exited(w1)).toBe(null);
    await second;
    w1 = spawnWorker('2-3');
    await until('the whole stream to be applied', async () => (await backlog(nats, all)) === 0);
    // the restarted worker may find nothing left to apply: the stream can be drained before it has even loaded
    for (const w of [w0, w1, w2]) await started(w);
    for (const w of [w0, w1, w2]) w.kill('SIGTERM');
    for (const w of [w0, w1, w2]) expect(await exited(w)).toBe(0);

    const count = PARTITIONS;
    const detectors: Detector[] = [];
    for (const p of all) {
      const bytes = await os.getBlob(snapshotName(p));
      expect(bytes, `snapshot of partition ${p}`).not.toBeNull();
      detectors.push(restore(gunzipSync(bytes!), { readText: partitionReader(services.readText, p, count), directory: services.directory }));
    }
    const got = outcomeOf(detectors);
    expect(got.alerted).toEqual(expected.alerted);
    for (const n of expected.alerted) expect(got.features.get(n), n).toEqual(expected.features.get(n));
    // every alerted number lives in the partition it hashes to
    for (const [p, d] of detectors.entries()) for (const st of d.numbers.values()) expect(partitionOf(st.key, count), `${st.key} tracked in partition ${p}`).toBe(p);
    expect(partitionConfig({}, count).outgoingBits).toBeLessThan(single.config.outgoingBits);
  }, 600_000);
});
