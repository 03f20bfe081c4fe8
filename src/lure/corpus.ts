// The labelled corpus (data/corpus/messages.jsonl): its record shape, a schema check, and the
// deterministic train/dev/test split by a hash of each id, so no one picks which messages are tested.
import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

export const CorpusRecord = Type.Object({
  id: Type.String({ minLength: 1 }),
  lang: Type.Union([Type.Literal('ru'), Type.Literal('kk'), Type.Literal('en')]),
  /** lure: asks to call back; scam: other fraud; legit: what real services and people send. */
  label: Type.Union([Type.Literal('lure'), Type.Literal('scam'), Type.Literal('legit')]),
  family: Type.String(),
  /** quoted: a real message quoted in a public warning or news item (see source); written: ours, to cover variants. */
  origin: Type.Union([Type.Literal('quoted'), Type.Literal('written')]),
  source: Type.Optional(Type.String({ pattern: '^https?://' })),
  sender: Type.Optional(Type.String()),
  text: Type.String({ minLength: 1 }),
});
export type CorpusRecord = Static<typeof CorpusRecord>;

export type Split = 'train' | 'dev' | 'test';

/** FNV-1a over the id's UTF-16 units: stable across runs and machines. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** 60 % train, 20 % dev, 20 % test. */
export function splitOf(id: string): Split {
  const b = fnv1a(id) % 10;
  return b < 6 ? 'train' : b < 8 ? 'dev' : 'test';
}

export function parseCorpus(jsonl: string): CorpusRecord[] {
  const out: CorpusRecord[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const value: unknown = JSON.parse(line);
    if (!Value.Check(CorpusRecord, value)) {
      const first = Value.Errors(CorpusRecord, value).First();
      throw new Error(`corpus line ${i + 1}: ${first ? `${first.path} ${first.message}` : 'invalid'}`);
    }
    if (value.origin === 'quoted' && value.source === undefined) throw new Error(`corpus line ${i + 1}: a quoted message needs its source`);
    out.push(value);
  });
  return out;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0, tn: 0 };
}

export function tally(c: Counts, actual: boolean, predicted: boolean): void {
  if (actual && predicted) c.tp++;
  else if (!actual && predicted) c.fp++;
  else if (actual) c.fn++;
  else c.tn++;
}

export function metrics(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
