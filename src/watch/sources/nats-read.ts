// Reads event files (JSONL or CSV, plain or gzip) as event objects for publishing: the ingest side of
// scale-out needs whole events to route and forward, not the detector's prepared records.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { WatchEvent } from '../events.js';
import { toEvent } from './event-schema.js';
import { Issues } from './issues.js';
import { JsonlEventParser } from './jsonl.js';

export type FileFormat = 'jsonl' | 'csv';

export interface OpenedSource {
  /** Content identity: the same file read again gets the same id (message ids derive from it). */
  id: string;
  format: FileFormat;
  gzip: boolean;
  size: number;
  stream: Readable;
}

/** Opens a file, detecting gzip by magic bytes and the format by name or first byte. */
export async function openSource(path: string, given?: FileFormat): Promise<OpenedSource> {
  const fh = await open(path, 'r');
  let head: Buffer;
  let size: number;
  try {
    size = (await fh.stat()).size;
    head = Buffer.alloc(Math.min(size, 1 << 20));
    await fh.read(head, 0, head.length, 0);
  } finally {
    await fh.close();
  }
  const id = createHash('sha256').update(head).update(String(size)).digest('hex').slice(0, 24);
  const gzip = head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
  const raw = createReadStream(path, { highWaterMark: 1 << 20 });
  const stream = gzip ? raw.pipe(createGunzip({ chunkSize: 1 << 20 })) : raw;
  let format: FileFormat;
  const name = path.toLowerCase().replace(/\.gz$/, '');
  if (given) format = given;
  else if (name.endsWith('.csv')) format = 'csv';
  else if (name.endsWith('.jsonl') || name.endsWith('.ndjson') || name.endsWith('.json')) format = 'jsonl';
  else format = gzip ? 'jsonl' : head.subarray(0, 64).toString('latin1').trimStart().startsWith('{') ? 'jsonl' : 'csv';
  return { id, format, gzip, size, stream };
}

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks) → events via the event schema. */
class CsvEvents {
  private field = '';
  private row: string[] = [];
  private quoted = false;
  private afterQuote = false;
  private header: string[] | null = null;
  line = 1;

  constructor(
    private readonly push: (e: WatchEvent) => void,
    readonly issues: Issues,
  ) {}

  write(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (this.quoted) {
        if (ch === '"') {
          if (text[i + 1] === '"') {
            this.field += '"';
            i++;
          } else if (i + 1 === text.length) {
            // a quote at the chunk end: decided by the next chunk's first character
            this.quoted = false;
            this.afterQuote = true;
          } else this.quoted = false;
        } else {
          if (ch === '\n') this.line++;
          this.field += ch;
        }
        continue;
      }
      if (this.afterQuote) {
        this.afterQuote = false;
        if (ch === '"') {
          this.field += '"';
          this.quoted = true;
          continue;
        }
      }
      if (ch === '"' && this.field === '') this.quoted = true;
      else if (ch === ',') {
        this.row.push(this.field);
        this.field = '';
      } else if (ch === '\n') {
        this.endRow();
        this.line++;
      } else if (ch !== '\r') this.field += ch;
    }
  }

  end(): void {
    if (this.field !== '' || this.row.length > 0) this.endRow();
  }

  private endRow(): void {
    this.row.push(this.field);
    const row = this.row;
    this.row = [];
    this.field = '';
    if (!this.header) {
      this.header = row.map((h) => h.trim());
      return;
    }
    if (row.length === 1 && row[0] === '') return;
    const o: Record<string, unknown> = {};
    this.header.forEach((h, i) => {
      const v = row[i];
      if (v === undefined || v === '') return;
      if (h === 'ts') o.ts = /^\d+$/.test(v) ? Number(v) : v;
      else if (h === 'durationS') o.durationS = Number(v);
      else if (h === 'mentioned') o.mentioned = v.split(';').filter((k) => k.trim() !== '');
      else o[h] = v;
    });
    const ev = toEvent(o);
    if (typeof ev === 'string') this.issues.add(this.line, ev);
    else this.push(ev);
  }
}

/** Streams a source's events in file order, a batch at a time; malformed lines go to issues. */
export async function* eventsOf(src: OpenedSource, issues: Issues): AsyncGenerator<WatchEvent[]> {
  let batch: WatchEvent[] = [];
  const push = (e: WatchEvent): void => {
    batch.push(e);
  };
  const jsonl = src.format === 'jsonl' ? new JsonlEventParser(push, issues) : null;
  const csv = src.format === 'csv' ? new CsvEvents(push, issues) : null;
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of src.stream) {
    if (jsonl) jsonl.write(chunk as Buffer);
    else csv!.write(decoder.decode(chunk as Buffer, { stream: true }));
    if (batch.length > 0) {
      yield batch;
      batch = [];
    }
  }
  jsonl?.end();
  if (csv) {
    csv.write(decoder.decode());
    csv.end();
  }
  if (batch.length > 0) yield batch;
}
