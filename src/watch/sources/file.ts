// Reads events from files or stdin into a detector: gzip detected by its magic bytes, the format by
// --format, the file name or the first byte. Reports lines, events and malformed lines.
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import type { Detector } from '../detector.js';
import { CsvEventParser } from './csv.js';
import { Issues } from './issues.js';
import type { LineIssue } from './issues.js';
import { JsonlEventParser } from './jsonl.js';

export type EventFormat = 'csv' | 'jsonl';

export interface ReadReport {
  source: string;
  format: EventFormat;
  gzip: boolean;
  lines: number;
  events: number;
  malformed: number;
  firstMalformed: LineIssue[];
  bytes: number;
}

export interface ReadOptions {
  format?: EventFormat | undefined;
  /** Called after every chunk with the compressed bytes read so far and events parsed so far. */
  onProgress?: (bytes: number, events: number) => void;
  keepIssues?: number;
  /** Bytes read at a time from a file (tests read small files in many chunks). */
  chunkBytes?: number;
}

const CHUNK = 1 << 20;

/**
 * A file's bytes, read again and again into two buffers taken in turn: each chunk is valid until the
 * next is asked for (its buffer then takes the read ahead). The parsers copy what they keep, so a run leaves no chunk behind for
 * the collector to free (a fresh megabyte a chunk is memory the process holds until a collection, and
 * pages to fault in). The next chunk is read while this one is parsed: the read is done off the main
 * thread, which would otherwise wait for it idle.
 */
async function* fileChunks(path: string, size: number): AsyncGenerator<Buffer> {
  const fh = await open(path, 'r');
  const bufs = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
  let k = 0;
  let pending = fh.read(bufs[0]!, 0, size, null);
  try {
    for (;;) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) return;
      const chunk = bufs[k]!.subarray(0, bytesRead);
      k ^= 1;
      pending = fh.read(bufs[k]!, 0, size, null);
      yield chunk;
    }
  } finally {
    // a read still running writes into a buffer of the handle: it ends before the handle closes
    await pending.catch(() => undefined);
    await fh.close();
  }
}

/** The chunks of `src`, inflated when gzip; `reused` when src hands out one buffer again and again. */
async function* chunksOf(src: AsyncIterable<Buffer>, counter: { bytes: number; gzip: boolean }, reused: boolean): AsyncGenerator<Buffer> {
  const it = src[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  const head = first.value;
  const raw = (async function* (): AsyncGenerator<Buffer> {
    counter.bytes += head.length;
    yield head;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      counter.bytes += r.value.length;
      yield r.value;
    }
  })();
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) {
    counter.gzip = true;
    const gunzip = createGunzip({ chunkSize: CHUNK });
    const feed = (async () => {
      // the inflater holds on to what it is given: a reused buffer is copied first
      for await (const c of raw) if (!gunzip.write(reused ? Buffer.from(c) : c)) await new Promise((r) => gunzip.once('drain', r));
      gunzip.end();
    })();
    feed.catch((err: unknown) => gunzip.destroy(err instanceof Error ? err : new Error(String(err))));
    for await (const c of gunzip) yield c as Buffer;
    await feed;
  } else yield* raw;
}

function formatOf(name: string, first: Buffer, given: EventFormat | undefined): EventFormat {
  if (given) return given;
  const n = name.toLowerCase().replace(/\.gz$/, '');
  if (n.endsWith('.csv')) return 'csv';
  if (n.endsWith('.jsonl') || n.endsWith('.ndjson') || n.endsWith('.json')) return 'jsonl';
  let i = 0;
  while (i < first.length && (first[i] === 32 || first[i] === 10 || first[i] === 13 || first[i] === 9)) i++;
  return first[i] === 123 ? 'jsonl' : 'csv';
}

/** Streams one source ("-" is stdin) into the detector. */
export async function readInto(detector: Detector, source: string, opts: ReadOptions = {}): Promise<ReadReport> {
  const stream: AsyncIterable<Buffer> = source === '-' ? (process.stdin as AsyncIterable<Buffer>) : fileChunks(source, opts.chunkBytes ?? CHUNK);
  const counter = { bytes: 0, gzip: false };
  const issues = new Issues(opts.keepIssues ?? 20);
  let csv: CsvEventParser | null = null;
  let jsonl: JsonlEventParser | null = null;
  let format: EventFormat | null = null;
  for await (const chunk of chunksOf(stream, counter, source !== '-')) {
    if (!format) {
      format = formatOf(source, chunk, opts.format);
      if (format === 'csv') csv = new CsvEventParser(detector.prep, detector, issues);
      else jsonl = new JsonlEventParser((e) => { detector.apply(e); }, issues);
    }
    if (csv) csv.write(chunk);
    else jsonl!.write(chunk);
    opts.onProgress?.(counter.bytes, csv ? csv.events : jsonl!.events);
  }
  csv?.end();
  jsonl?.end();
  return {
    source,
    format: format ?? opts.format ?? 'jsonl',
    gzip: counter.gzip,
    lines: csv ? csv.line : jsonl ? jsonl.line : 0,
    events: csv ? csv.events : jsonl ? jsonl.events : 0,
    malformed: issues.count,
    firstMalformed: issues.first,
    bytes: counter.bytes,
  };
}
