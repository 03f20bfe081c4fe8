import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WatchEvent } from '../events.js';
import { DATA_DIR } from '../../paths.js';
import { CSV_HEADER, csvField, encodeBatch, tsText } from './encode.js';
import { parseProfile } from './profile.js';
import { sms, toWatchEvent } from './sim-event.js';
import type { SimEvent } from './sim-event.js';
import { Simulation } from './simulator.js';

/** A strict RFC 4180 reader, to check the writer against something other than itself. */
function parseCsv(src: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < src.length) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
    i++;
  }
  return rows;
}

function fromCsv(rows: string[][], withText: boolean): WatchEvent[] {
  expect(rows[0]!.join(',') + '\n').toBe(CSV_HEADER);
  return rows.slice(1).map(([type, ts, from, to, durationS, mentioned, text]) => {
    expect(type === 'sms' || type === 'call').toBe(true);
    if (type === 'call') return { type: 'call', ts: Number(ts), from: from!, to: to!, durationS: Number(durationS) };
    return withText ? { type: 'sms', ts: Number(ts), from: from!, to: to!, text: text! } : { type: 'sms', ts: Number(ts), from: from!, to: to!, mentioned: mentioned ? mentioned.split(';') : [] };
  });
}

const profile = parseProfile(JSON.parse(readFileSync(join(DATA_DIR, 'simulate', 'profile.json'), 'utf8')));

describe('encoders', () => {
  const events: SimEvent[] = [];
  for (const b of new Simulation(profile, { subscribers: 600, hours: 12, campaigns: 2, seed: 3 }).batches()) events.push(...b);
  events.push(sms(events.at(-1)!.ts, 'SENDER', '+77010000000', 'a "quoted", multi\nline\r\ntext \\ with \u2028 odd characters', ['+77010000001', '9999']));

  for (const withText of [true, false]) {
    it(`JSONL and CSV carry the same events (${withText ? 'texts' : 'mentioned numbers'})`, () => {
      const expected = events.map((e) => toWatchEvent(e, withText));
      const jsonl = encodeBatch(events, { format: 'jsonl', withText });
      const fromJsonl = jsonl.trimEnd().split('\n').map((l) => JSON.parse(l) as WatchEvent);
      expect(fromJsonl).toEqual(expected);
      const csv = CSV_HEADER + encodeBatch(events, { format: 'csv', withText });
      expect(fromCsv(parseCsv(csv), withText)).toEqual(expected);
    });
  }

  it('quotes CSV fields only when RFC 4180 requires it', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('has texts with commas, quotes or line breaks among the simulated messages', () => {
    expect(events.some((e) => e.type === 'sms' && /[,\n"]/.test(e.text))).toBe(true);
  });
});

describe('tsText', () => {
  it('writes epoch milliseconds exactly as String() does', () => {
    for (const ts of [0, 999_999, 1_000_000, 1_772_391_600_000, 1_772_391_000_005, 1_772_391_099_999, 1.5]) expect(tsText(ts)).toBe(String(ts));
  });
});
