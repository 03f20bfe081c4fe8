import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CSV_HEADER } from '../../watch/simulate/encode.js';
import type { Truth } from '../../watch/simulate/truth.js';
import { loadSimProfile, writeSimulation } from './simulate.js';
import { testDir } from '../../../test/helpers/temp-dir.js';

const tmp = (): string => testDir('sim');

const base = { subscribers: 1500, hours: 8, campaigns: 3, seed: 11, format: 'jsonl' as const, withText: true, gzip: true, gzipLevel: 1 };

describe('writeSimulation', () => {
  it('writes the same gzip bytes and truth for the same seed', async () => {
    const profile = await loadSimProfile();
    const a = await writeSimulation({ ...base, out: tmp(), profile });
    const b = await writeSimulation({ ...base, out: tmp(), profile });
    expect(a.eventsPath.endsWith('events.jsonl.gz')).toBe(true);
    const hash = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex');
    expect(hash(a.eventsPath)).toBe(hash(b.eventsPath));
    expect(readFileSync(a.truthPath, 'utf8')).toBe(readFileSync(b.truthPath, 'utf8'));
    const lines = gunzipSync(readFileSync(a.eventsPath)).toString('utf8').trimEnd().split('\n');
    expect(lines.length).toBe(a.events);
    const truth = JSON.parse(readFileSync(a.truthPath, 'utf8')) as Truth;
    expect(truth.scams.length).toBeGreaterThan(0);
    expect(truth.scams[0]!.number).toMatch(/^\+7\d{10}$/);
    expect(Number.isNaN(Date.parse(truth.scams[0]!.start))).toBe(false);
  });

  it('writes plain CSV with a header when asked', async () => {
    const r = await writeSimulation({ ...base, hours: 2, out: tmp(), format: 'csv', gzip: false, withText: false });
    expect(r.eventsPath.endsWith('events.csv')).toBe(true);
    const text = readFileSync(r.eventsPath, 'utf8');
    expect(text.startsWith(CSV_HEADER)).toBe(true);
    expect(text.trimEnd().split('\n').length).toBe(r.events + 1);
  });

  it('refuses a profile that breaks the schema', async () => {
    const dir = tmp();
    const bad = join(dir, 'bad.json');
    await import('node:fs/promises').then((fs) => fs.writeFile(bad, JSON.stringify({ hotlines: [] })));
    await expect(loadSimProfile(bad)).rejects.toThrow(/simulator profile/);
  });
});
