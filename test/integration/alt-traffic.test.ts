// The independent traffic generator: same seed → same files, rows in time order within the stated
// shuffle, well-formed CSV, and a ground truth that agrees with the events.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../scripts/alt-traffic.js';
import { HEADER } from '../../scripts/alt-traffic/output.js';

interface Truth {
  scams: { number: string; start: string; end: string; callbacks: number; campaign: string }[];
  legit: { number: string; kind: string }[];
}

// the input contract allows rows late by up to 20 s
const MAX_SHUFFLE_MS = 20_000;
const NUMBER = /^(\+7\d{10}|\d{3,5})$/;
let dir = '';
let csv = '';
let truth: Truth = { scams: [], legit: [] };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'alt-traffic-'));
  await generate({ seed: 'seven', out: join(dir, 'a'), subscribers: 4000, hours: 24, campaigns: 8, gzip: false });
  await generate({ seed: 'seven', out: join(dir, 'b'), subscribers: 4000, hours: 24, campaigns: 8, gzip: true });
  csv = await readFile(join(dir, 'a', 'events.csv'), 'utf8');
  truth = JSON.parse(await readFile(join(dir, 'a', 'truth.json'), 'utf8')) as Truth;
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('alt-traffic', () => {
  it('gives the same events and truth for the same seed, and other events for another seed', async () => {
    expect(gunzipSync(await readFile(join(dir, 'b', 'events.csv.gz'))).toString('utf8')).toBe(csv);
    expect(await readFile(join(dir, 'b', 'truth.json'), 'utf8')).toBe(await readFile(join(dir, 'a', 'truth.json'), 'utf8'));
    await generate({ seed: 'eight', out: join(dir, 'c'), subscribers: 4000, hours: 24, campaigns: 8, gzip: false });
    expect(await readFile(join(dir, 'c', 'events.csv'), 'utf8')).not.toBe(csv);
  });

  it('writes well-formed rows in time order, late by less than the stated shuffle', () => {
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe(HEADER);
    let latest = 0, late = 0;
    const bad: string[] = [];
    const numbers = (m: string | undefined): boolean => !m || m.split(';').every((x) => NUMBER.test(x));
    for (const line of lines.slice(1)) {
      const [type, ts, from = '', to = '', dur, mentioned, text, ...rest] = line.split(',');
      const t = Number(ts);
      if (latest - t >= MAX_SHUFFLE_MS) bad.push(`late: ${line}`);
      if (t < latest) late++;
      latest = Math.max(latest, t);
      const ok = rest.length === 0 && text === '' && Number.isInteger(t) && (type === 'sms'
        ? /^(\+7\d{10}|[A-Za-z][\w.-]*)$/.test(from) && /^\+77\d{9}$/.test(to) && dur === '' && numbers(mentioned)
        : type === 'call' && NUMBER.test(from) && NUMBER.test(to) && /^\d+$/.test(dur ?? '') && mentioned === '');
      if (!ok) bad.push(line);
    }
    expect(bad).toEqual([]);
    // the shuffle is real: some rows do arrive late
    expect(late).toBeGreaterThan(100);
  });

  it('has a truth that agrees with the events', () => {
    const calls = new Map<string, number>();
    const seen = new Map<string, [number, number]>();
    const note = (n: string, t: number): void => { const s = seen.get(n); seen.set(n, s ? [Math.min(s[0], t), Math.max(s[1], t)] : [t, t]); };
    for (const line of csv.trimEnd().split('\n').slice(1)) {
      const [type, ts, from, to, , mentioned] = line.split(',') as [string, string, string, string, string, string];
      const t = Number(ts);
      note(from, t); note(to, t);
      for (const m of mentioned ? mentioned.split(';') : []) note(m, t);
      if (type === 'call') calls.set(to, (calls.get(to) ?? 0) + 1);
    }
    expect(truth.scams.length).toBeGreaterThanOrEqual(8);
    for (const s of truth.scams) {
      expect(calls.get(s.number) ?? 0).toBe(s.callbacks);
      expect(seen.get(s.number)).toEqual([Date.parse(s.start), Date.parse(s.end)]);
    }
    const kinds = new Set(truth.legit.map((l) => l.kind));
    for (const k of ['hotline', 'courier', 'utility', 'call-center', 'new-number']) expect(kinds).toContain(k);
    for (const l of truth.legit.filter((x) => x.kind !== 'new-number')) expect(seen.has(l.number)).toBe(true);
    const scamSet = new Set(truth.scams.map((s) => s.number));
    expect(truth.legit.some((l) => scamSet.has(l.number))).toBe(false);
  });
});
