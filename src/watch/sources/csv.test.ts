import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Detector } from '../detector.js';
import type { Prepared } from '../event-rows.js';
import { COURIER, SCAM, directory, handMadeStream, readText, toCsv } from '../testing/streams.js';
import { CsvEventParser } from './csv.js';
import { readInto } from './file.js';
import { testDir } from '../../../test/helpers/temp-dir.js';

const cfg = { primingBits: 1 << 18, outgoingBits: 1 << 18 };


/** Rows written, and the times of the SMS handed on as clock ticks only. */
function parseAll(text: string, splits: number[] = []): { out: Prepared[]; passed: number[]; parser: CsvEventParser } {
  const d = new Detector(cfg, { readText });
  const out: Prepared[] = [];
  const passed: number[] = [];
  const parser = new CsvEventParser(d.prep, { pushRow: (seq) => out.push(d.prep.rows.view(seq)), passSms: (ts) => passed.push(ts) });
  const buf = Buffer.from(text, 'utf8');
  let at = 0;
  for (const s of [...splits].sort((a, b) => a - b)) {
    parser.write(buf.subarray(at, s));
    at = s;
  }
  parser.write(buf.subarray(at));
  parser.end();
  return { out, passed, parser };
}

describe('CsvEventParser', () => {
  const tricky = [
    'type,ts,from,to,durationS,mentioned,text',
    'sms,1763625600000,KASPI.KZ,+77051234567,,,"Код: 1234, никому не сообщайте"',
    'sms,2025-11-20T08:00:01Z,+77009000001,87051234568,,,"Он сказал ""перезвоните"" +77770001122',
    'вторая строка текста"',
    'call,1763625603000,+77051234568,+77770001122,42,,',
    'sms,1763625604000,SHOP,+77051234569,,+77011112233;+77770001122,',
  ].join('\r\n');

  it('reads quoted fields with commas, doubled quotes and newlines, ISO and epoch times, CRLF', () => {
    const { out, passed, parser } = parseAll(tricky);
    expect(parser.issues.count).toBe(0);
    expect(parser.events).toBe(4);
    // the one-time code names no number and comes from a sender id: only its time is handed on
    expect(passed).toEqual([1763625600000]);
    expect(out).toHaveLength(3);
    expect(out[0]!.ts).toBe(Date.parse('2025-11-20T08:00:01Z'));
    expect(out[0]!.text!.mentions.map((m) => m.key)).toEqual([SCAM]);
    expect(out[1]!.call).toBe(true);
    expect(out[2]!.text!.mentions.map((m) => m.key)).toEqual([COURIER, SCAM]);
    // 8 7… and +7 7… are the same subscriber
    expect([out[0]!.s1, out[0]!.s2]).toEqual([out[1]!.s1, out[1]!.s2]);
    expect(parser.line).toBe(6);
  });

  it('writes a row for an SMS that names a number or comes from a phone number (its sender has a history), a tick for the rest', () => {
    const text = [
      'type,ts,from,to,durationS,mentioned,text',
      'sms,1763625600000,Halyk Bank,+77051234567,,,Balance 1000 KZT',
      'sms,1763625601000,+7 705 123-45-67,+77051234568,,,see you at 6',
      'sms,1763625602000,87051234569,+77051234568,,,ok',
      'sms,1763625603000,7111,+77051234568,,,Your tariff changed',
      'sms,1763625604000,Halyk Bank,+77051234567,,,Call +77770001122',
    ].join('\n');
    const { out, passed, parser } = parseAll(text);
    expect(parser.events).toBe(5);
    expect(passed).toEqual([1763625600000, 1763625603000]);
    expect(out.map((p) => [p.ts, p.sender!.numeric, p.text!.mentions.length])).toEqual([
      [1763625601000, true, 0],
      [1763625602000, true, 0],
      [1763625604000, false, 1],
    ]);
  });

  it('gives the same records whatever the chunk boundaries (property)', () => {
    const whole = parseAll(tricky).out;
    const len = Buffer.byteLength(tricky);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: len }), { maxLength: 6 }), (splits) => {
        const { out, parser } = parseAll(tricky, splits);
        expect(parser.issues.count).toBe(0);
        expect([parser.line, parser.events]).toEqual([6, 4]);
        expect(out.map((p) => [p.ts, p.s1, p.c1, p.text?.mentions.length])).toEqual(whole.map((p) => [p.ts, p.s1, p.c1, p.text?.mentions.length]));
      }),
    );
  });

  it('reads times in epoch seconds or with a space and no zone, kinds in capitals, and lists joined by | or , as exports write them', () => {
    const text = [
      'type,ts,from,to,durationS,mentioned,text',
      'SMS,1763625600,+77009000001,+77051234567,,+77770001122,',
      'Call,2025-11-20 08:00:30,+77051234567,+77770001122,42,,',
      'call,2025-11-20 14:01:00+06:00,+77051234568,+77770001122,42,,',
      'sms,1763625700000,+77009000001,+77051234567,,"+77770001122, 87011112233",',
      'sms,1763625701000,+77009000001,+77051234567,,+77770001122|87011112233,',
    ].join('\n');
    const { out, parser } = parseAll(text);
    expect(parser.issues.count).toBe(0);
    for (const sms of out.slice(3)) expect(sms.text!.mentions.map((m) => m.key)).toEqual([SCAM, COURIER]);
    out.splice(3);
    expect(out.map((p) => [p.call, p.ts])).toEqual([
      [false, 1763625600000],
      [true, Date.parse('2025-11-20T08:00:30Z')],
      [true, Date.parse('2025-11-20T08:01:00Z')],
    ]);
  });

  it('finds the columns by name in any order and any case', () => {
    const text = ['Text,DurationS,TO,From,Type,TS,Mentioned', ',,+77051234567,+77009000001,sms,1763625600000,+77770001122', ',42,+77770001122,+77051234567,call,1763625601000,'].join('\n');
    const { out, parser } = parseAll(text);
    expect(parser.issues.count).toBe(0);
    expect(out.map((p) => [p.call, p.ts, p.text?.mentions.map((m) => m.key)])).toEqual([
      [false, 1763625600000, [SCAM]],
      [true, 1763625601000, undefined],
    ]);
  });

  it('counts malformed lines with their line numbers and keeps going', () => {
    const text = [
      'type,ts,from,to,durationS,mentioned,text',
      'sms,1763625600000,A,+77051234567,,,hi',
      'fax,1763625600000,A,B,,,',
      'call,yesterday,+77051234567,+77011112233,1,,',
      'call,1763625600000,,+77011112233,1,,',
      'call',
      'call,1763625600000,+77051234567,+77011112233,1,,',
    ].join('\n');
    const { out, passed, parser } = parseAll(text);
    expect(out).toHaveLength(1);
    expect(passed).toHaveLength(1);
    expect(parser.issues.count).toBe(4);
    expect(parser.issues.first.map((i) => i.line)).toEqual([3, 4, 5, 6]);
    expect(parser.issues.first[0]!.reason).toMatch(/unknown event type "fax"/);
  });

  it('feeds the detector the same as event objects do, from plain and gzip files alike', async () => {
    const { events } = handMadeStream(7);
    const dir = testDir('csv');
    const plain = join(dir, 'events.csv');
    const gz = join(dir, 'events.data');
    const csv = toCsv(events);
    writeFileSync(plain, csv);
    writeFileSync(gz, gzipSync(csv));
    const objects = new Detector(cfg, { readText, directory });
    for (const e of events) objects.apply(e);
    objects.flush();
    const expected = objects.drainAlerts().map((a) => a.number);
    expect(expected).toContain(SCAM);
    // in one chunk, and in many small ones read into the same buffer
    for (const [file, chunkBytes] of [plain, gz, plain, gz].map((f, i) => [f, i < 2 ? undefined : 997] as const)) {
      const d = new Detector(cfg, { readText, directory });
      const report = await readInto(d, file, { chunkBytes });
      d.flush();
      expect(report.format).toBe('csv');
      expect(report.gzip).toBe(file === gz);
      expect(report.events).toBe(events.length);
      expect(report.malformed).toBe(0);
      expect(d.inspect(SCAM)!.features).toEqual(objects.inspect(SCAM)!.features);
      expect(d.inspect(COURIER)!.features).toEqual(objects.inspect(COURIER)!.features);
      expect(d.drainAlerts().map((a) => a.number)).toEqual(expected);
    }
  });
});

describe('CSV as spreadsheets and call-record exports write it', () => {
  const documented = [
    'type,ts,from,to,durationS,mentioned,text',
    'sms,1763625600000,+77009000001,+77051234568,,,"Перезвоните +77770001122, ошибка авторизации"',
    'call,1763625603000,+77051234568,+77770001122,42,,',
  ].join('\n');
  const rows = (text: string): unknown[] => parseAll(text).out.map((p) => [p.ts, p.call, p.s1, p.s2, p.text?.mentions.map((m) => m.key)]);

  it('reads ";" and tab separators, the columns under their export names, and "voice" for a call', () => {
    const semicolon = [
      'Timestamp;Event;Caller;Callee;Duration;Body',
      '1763625600000;SMS;+77009000001;+77051234568;;"Перезвоните +77770001122, ошибка авторизации"',
      '1763625603000;VOICE;+77051234568;+77770001122;42;',
    ].join('\r\n');
    const tab = [
      'type\tts\ta_number\tb_number\tduration\ttext',
      'sms\t1763625600000\t+77009000001\t+77051234568\t\tПерезвоните +77770001122, ошибка авторизации',
      'call\t1763625603000\t+77051234568\t+77770001122\t42\t',
    ].join('\n');
    expect(rows(documented)).toHaveLength(2);
    for (const text of [semicolon, tab]) {
      const { parser } = parseAll(text);
      expect(parser.issues.count, text).toBe(0);
      expect(rows(text), text).toEqual(rows(documented));
    }
  });

  it('keeps a comma inside a quoted field of a ";" file, and a header cut across chunks', () => {
    const text = 'type;ts;from;to;text\nsms;1763625600000;+77009000001;+77051234568;"a, b; c +77770001122"\n';
    for (const split of [3, 10, 25]) {
      const { out, parser } = parseAll(text, [split]);
      expect(parser.issues.count).toBe(0);
      expect(out.map((p) => p.text?.mentions.map((m) => m.key))).toEqual([[SCAM]]);
    }
  });
});
