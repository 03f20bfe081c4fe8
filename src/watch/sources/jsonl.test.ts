import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Detector } from '../detector.js';
import type { WatchEvent } from '../events.js';
import { SCAM, directory, handMadeStream, readText } from '../testing/streams.js';
import { readInto } from './file.js';
import { JsonlEventParser } from './jsonl.js';
import { testDir } from '../../../test/helpers/temp-dir.js';

const cfg = { primingBits: 1 << 18, outgoingBits: 1 << 18 };

describe('JsonlEventParser', () => {
  it('parses events with epoch or ISO times and reports malformed lines by number', () => {
    const out: WatchEvent[] = [];
    const p = new JsonlEventParser((e) => out.push(e));
    const lines = [
      '{"type":"sms","ts":1763625600000,"from":"A","to":"+77051234567","text":"hi"}',
      '{"type":"call","ts":"2025-11-20T08:00:00Z","from":"+77051234567","to":"+77011112233","durationS":3}',
      '{"type":"call","ts":1,"from":"x"}',
      'not json',
      '',
      '{"type":"sms","ts":1763625600000,"from":"A","to":"B","mentioned":["+77770001122"]}',
    ];
    const buf = Buffer.from(lines.join('\n'));
    p.write(buf.subarray(0, 50));
    p.write(buf.subarray(50));
    p.end();
    expect(out).toHaveLength(3);
    expect(out[1]!.ts).toBe(Date.parse('2025-11-20T08:00:00Z'));
    expect(p.issues.count).toBe(2);
    expect(p.issues.first.map((i) => i.line)).toEqual([3, 4]);
    expect(p.issues.first[0]!.reason).toMatch(/to|durationS/);
  });

  it('reads epoch seconds, ISO times with a space and no zone, and kinds in capitals', () => {
    const out: WatchEvent[] = [];
    const p = new JsonlEventParser((e) => out.push(e));
    p.write(Buffer.from([
      '{"type":"SMS","ts":1763625600,"from":"A","to":"+77051234567","mentioned":["+77770001122"]}',
      '{"type":"Call","ts":"2025-11-20 08:00:30","from":"+77051234567","to":"+77770001122","durationS":3}',
      '{"type":"call","ts":"1763625660.5","from":"+77051234567","to":"+77770001122","durationS":3}',
      '{"type":"call","ts":"20.11.2025 08:00","from":"+77051234567","to":"+77770001122","durationS":3}',
    ].join('\n')));
    p.end();
    expect(out.map((e) => [e.type, e.ts])).toEqual([
      ['sms', 1763625600000],
      ['call', Date.parse('2025-11-20T08:00:30Z')],
      ['call', 1763625660500],
    ]);
    expect(p.issues.first.map((i) => i.line)).toEqual([4]);
  });

  it('reads a gzip JSONL file detected by magic bytes into the detector like event objects', async () => {
    const { events } = handMadeStream(4);
    const dir = testDir('jsonl');
    const file = join(dir, 'events.bin');
    writeFileSync(file, gzipSync(events.map((e) => JSON.stringify(e)).join('\n')));
    const d = new Detector(cfg, { readText, directory });
    const report = await readInto(d, file);
    d.flush();
    expect(report).toMatchObject({ format: 'jsonl', gzip: true, events: events.length, malformed: 0 });
    const objects = new Detector(cfg, { readText, directory });
    for (const e of events) objects.apply(e);
    objects.flush();
    expect(d.inspect(SCAM)!.features).toEqual(objects.inspect(SCAM)!.features);
  });
});
