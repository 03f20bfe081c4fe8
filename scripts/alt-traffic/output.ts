// Writes events.csv (or .csv.gz) in time order, with a bounded shuffle: each row is placed by its time plus
// a delay below 20 s, as records arriving late from different switches, so no row comes more than 20 s
// after one with a later time. truth.json comes from the events themselves (see sink.ts).
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import type { Scam } from './campaigns.js';
import type { Rng } from './prng.js';
import type { Legit } from './services.js';
import type { Sink } from './sink.js';

export const HEADER = 'type,ts,from,to,durationS,mentioned,text';
export const MAX_SHUFFLE_MS = 20_000;

export interface Written { events: number; path: string; scams: number; legit: number }

export async function write(rng: Rng, sink: Sink, scams: Scam[], legit: Legit[], dir: string, gzip: boolean): Promise<Written> {
  await mkdir(dir, { recursive: true });
  const key = Float64Array.from(sink.ts, (t) => t + (rng.chance(0.3) ? rng.range(0, MAX_SHUFFLE_MS - 1) : 0));
  const order = new Uint32Array(key.length).map((_, i) => i).sort((a, b) => key[a]! - key[b]! || a - b);
  function* lines(): Generator<string> {
    yield HEADER + '\n';
    for (let i = 0; i < order.length; i += 10_000) {
      yield Array.from(order.subarray(i, i + 10_000), (j) => sink.rows[j]!).join('\n') + '\n';
    }
  }
  const path = join(dir, gzip ? 'events.csv.gz' : 'events.csv');
  const out = createWriteStream(path);
  if (gzip) await pipeline(Readable.from(lines()), createGzip(), out);
  else await pipeline(Readable.from(lines()), out);
  const iso = (t: number): string => new Date(t).toISOString();
  const scamRows = scams.flatMap(({ number, campaign }) => {
    const s = sink.watched.get(number)!;
    // a rotated number whose share of the blast fell after the period never appears, so it is not truth
    return s.first === Infinity ? [] : [{ number, start: iso(s.first), end: iso(s.last), callbacks: s.callsIn, callers: s.callers.size, mentions: s.mentions, campaign }];
  });
  const legitRows = legit.map(({ number, kind }) => {
    const s = sink.watched.get(number)!;
    return { number, kind, calls: s.callsIn, callers: s.callers.size, mentions: s.mentions };
  });
  await writeFile(join(dir, 'truth.json'), JSON.stringify({ scams: scamRows, legit: legitRows }, null, 1) + '\n');
  return { events: order.length, path, scams: scamRows.length, legit: legitRows.length };
}

