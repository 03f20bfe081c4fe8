// `saqbol ingest`: publishes event files to the JetStream event stream, partitioned by the numbers
// each event concerns. Events travel in deterministic chunks (file order, then partition) with a
// message id made of the file's content id, the chunk and the partition — so re-running the same
// ingest is de-duplicated by JetStream and publishes nothing twice.
import type { PubAck } from '@nats-io/jetstream';
import type { WatchEvent } from '../events.js';
import type { ReadText } from '../ports.js';
import { Issues } from './issues.js';
import type { LineIssue } from './issues.js';
import { partitionsOf } from './nats-partition.js';
import { eventsOf, openSource } from './nats-read.js';
import type { FileFormat } from './nats-read.js';
import { agreePartitionCount, ensureStream, layoutKv, subjectOf } from './nats-stream.js';
import type { Nats } from './nats-stream.js';

export interface IngestOptions {
  files: string[];
  format?: FileFormat;
  /** Partition count for a new stream (default 8); must match an existing one. */
  partitions?: number;
  /** Events of the file per chunk; each chunk becomes at most one message per partition. */
  chunkEvents?: number;
  /** Publishes awaiting their acknowledgement at once. */
  inflight?: number;
  readText: ReadText;
  onProgress?: (p: { events: number; messages: number; bytes: number }) => void;
}

export interface IngestReport {
  files: number;
  events: number;
  /** Event copies published (an SMS mentioning numbers of two partitions counts twice). */
  routed: number;
  messages: number;
  duplicates: number;
  malformed: number;
  firstMalformed: LineIssue[];
  partitions: number;
  seconds: number;
}

/** Remembers what texts mention: lure campaigns repeat their texts thousands of times. */
function cachedReader(readText: ReadText, max = 100_000): ReadText {
  const cache = new Map<string, ReturnType<ReadText>>();
  return (text) => {
    let r = cache.get(text);
    if (!r) {
      r = readText(text);
      if (cache.size >= max) cache.clear();
      cache.set(text, r);
    }
    return r;
  };
}

export async function ingest(nats: Nats, opts: IngestOptions): Promise<IngestReport> {
  const started = performance.now();
  await ensureStream(nats.jsm);
  const count = await agreePartitionCount(await layoutKv(nats), opts.partitions);
  const readText = cachedReader(opts.readText);
  const chunkEvents = opts.chunkEvents ?? 2000;
  const maxInflight = opts.inflight ?? 256;
  const report: IngestReport = { files: 0, events: 0, routed: 0, messages: 0, duplicates: 0, malformed: 0, firstMalformed: [], partitions: count, seconds: 0 };
  const inflight = new Set<Promise<void>>();
  let failure: Error | undefined;
  let bytes = 0;

  const publish = async (subject: string, body: string, msgID: string): Promise<void> => {
    const p = nats.js
      .publish(subject, body, { msgID })
      .then((ack: PubAck) => {
        report.messages++;
        if (ack.duplicate) report.duplicates++;
      })
      .catch((err: unknown) => {
        failure ??= err instanceof Error ? err : new Error(String(err));
      })
      .finally(() => {
        inflight.delete(p);
      });
    inflight.add(p);
    bytes += body.length;
    if (inflight.size >= maxInflight) await Promise.race(inflight);
    if (failure) throw failure;
  };

  for (const file of opts.files) {
    const src = await openSource(file, opts.format);
    const issues = new Issues(20);
    const parts: string[] = new Array<string>(count).fill('');
    let inChunk = 0;
    let chunk = 0;
    const flush = async (): Promise<void> => {
      for (let p = 0; p < count; p++) {
        if (parts[p] === '') continue;
        await publish(subjectOf(p), parts[p]!, `${src.id}.${chunk}.${p}`);
        parts[p] = '';
      }
      chunk++;
      inChunk = 0;
    };
    for await (const batch of eventsOf(src, issues)) {
      for (const e of batch) {
        const line = `${JSON.stringify(e satisfies WatchEvent)}\n`;
        for (const p of partitionsOf(e, count, readText)) {
          parts[p] = parts[p]! + line;
          report.routed++;
        }
        report.events++;
        if (++inChunk >= chunkEvents) await flush();
      }
      opts.onProgress?.({ events: report.events, messages: report.messages, bytes });
    }
    if (inChunk > 0) await flush();
    report.files++;
    report.malformed += issues.count;
    report.firstMalformed.push(...issues.first.map((i) => ({ line: i.line, reason: `${file}: ${i.reason}` })));
  }
  await Promise.all(inflight);
  if (failure) throw failure;
  report.seconds = (performance.now() - started) / 1000;
  opts.onProgress?.({ events: report.events, messages: report.messages, bytes });
  return report;
}
