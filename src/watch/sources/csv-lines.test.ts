import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { Detector } from '../detector.js';
import { readText } from '../testing/streams.js';
import { CsvLines } from './csv-lines.js';
import { CsvEventParser } from './csv.js';

const cfg = { primingBits: 1 << 16, outgoingBits: 1 << 16, gateWidth: 1024 };
const HEADER = ['type', 'ts', 'from', 'to', 'durationS', 'mentioned', 'text'];

/** Every row a parser writes, as plain values, and the lines it found malformed. */
function read(text: string, keyed: boolean): { rows: unknown[]; issues: number[]; lines: number } {
  const d = new Detector(cfg, { readText, ...(keyed ? { pseudonymize: (s: string) => `k${s.replace(/\D/g, '')}` } : {}) });
  const rows: unknown[] = [];
  const r = d.prep.rows;
  const parser = new CsvEventParser(d.prep, {
    pushRow: (seq) => {
      const v = r.view(seq);
      rows.push({ ...v, sender: v.sender && { ...v.sender }, text: v.text && { keys: v.text.mentions.map((m) => m.key), lure: v.text.lure }, callee: v.call ? r.callee(seq & r.mask) : null });
    },
    passSms: (ts) => rows.push({ passed: ts }),
  });
  // chunks of a few hundred bytes: lines cut at chunk ends go through the carry
  const buf = Buffer.from(text, 'utf8');
  for (let at = 0; at < buf.length; at += 301) parser.write(buf.subarray(at, at + 301));
  parser.end();
  return { rows, issues: parser.issues.first.map((i) => i.line), lines: parser.line };
}

/** A file of records, with the columns in the order `order` (the default one, or another). */
function file(records: string[][], eols: string[], order: number[]): string {
  const line = (f: string[]): string => [...order.map((k) => f[k] ?? ''), ...f.slice(7)].join(',');
  return `${line(HEADER)}\n${records.map((r, i) => line(r) + eols[i]!).join('')}`;
}

/** Mostly values of the common shape, some of every other. */
function mostly(common: string[], other: string[]): fc.Arbitrary<string> {
  return fc.oneof({ arbitrary: fc.constantFrom(...common), weight: 4 }, { arbitrary: fc.constantFrom(...other), weight: 1 });
}

const number = mostly(['+77051234567', '87051234567', '77051234568', '+77011112233'], ['007051234567', '7+7051234567', '++77051234567', '+7 705 123-45-69', 'KASPI.KZ', 'Kaspi Bank', '7111', '', '+', '123456789012345678', '1234567890123456', '+123456789012345', '+7705123+4567', '77051234567a', '8705123456', '87051234567890']);
const record = fc.tuple(
  mostly(['call', 'sms'], ['fax', '', 'CALL', 'Sms']),
  mostly(['1763625600000', '1763625601234', '1763625602'], ['2025-11-20T08:00:01Z', '2025-11-20 08:00:03', '', 'x1', '17636256000001234567', '1763625600000123', '17636a5600000', '1763']),
  number,
  number,
  fc.constantFrom('', '42'),
  mostly(['', '+77011112233', '+77011112233;87770001122'], ['"+77011112233"']),
  mostly(['', 'hi', 'call +77770001122 now', 'a longer text that names no number'], ['"a, b +77011112233"', '"he said ""call"" 87770001122"', 'x"y']),
  mostly([''], [',extra', ',a,b', ',,,,,,,,,,,,,,,,,,,,,,,,,,,']),
  mostly(['\n'], ['\r\n', '\r']),
);

describe('CsvLines (the one-pass reader of common lines)', () => {
  it('writes the rows and finds the malformed lines the general parser does (property)', () => {
    const line = vi.spyOn(CsvLines.prototype, 'line');
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 40 }), fc.boolean(), (recs, keyed) => {
        const records = recs.map(([type, ts, from, to, dur, mentioned, text, extra]) => [type, ts, from, to, dur, mentioned, text, ...extra.split(',').slice(1)]);
        const eols = recs.map((r) => r[8]);
        const a = read(file(records, eols, [0, 1, 2, 3, 4, 5, 6]), keyed);
        // another column order: the one-pass reader stays off
        const b = read(file(records, eols, [1, 0, 3, 2, 6, 5, 4]), keyed);
        expect(a.rows).toEqual(b.rows);
        expect(a.issues).toEqual(b.issues);
        expect(a.lines).toBe(b.lines);
      }),
      { numRuns: 300 },
    );
    // the reader did read lines of its own (and left others to the general parser)
    expect(line.mock.results.filter((r) => r.value >= 0).length).toBeGreaterThan(200);
    expect(line.mock.results.filter((r) => r.value < 0).length).toBeGreaterThan(200);
    line.mockRestore();
  });
});
