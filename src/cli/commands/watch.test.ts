import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WatchEvent } from '../../watch/events.js';
import { toCsv } from '../../watch/testing/streams.js';
import { runWatch } from './watch.js';
import type { WatchCliOptions } from './watch.js';
import { testDir } from '../../../test/helpers/temp-dir.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-11-20T19:00:00Z');
const LURE = '+77471234500';
const person = (i: number): string => `+7705${String(1_000_000 + i).slice(1)}`;

/** People calling each other every few minutes from `from` to `to`, then, when `lureAt` is given, 40 strangers calling one new number within half an hour. */
function events(from: number, to: number, lureAt?: number): WatchEvent[] {
  const out: WatchEvent[] = [];
  for (let ts = from, i = 0; ts < to; ts += 5 * 60_000, i++) {
    out.push({ type: 'call', ts, from: person(i % 500), to: person((i * 7 + 3) % 500), durationS: 60 });
  }
  if (lureAt !== undefined) {
    for (let k = 0; k < 40; k++) out.push({ type: 'call', ts: lureAt + k * 45_000, from: person(1000 + k), to: LURE, durationS: 240 });
  }
  return out.sort((a, b) => a.ts - b.ts);
}

function file(dir: string, name: string, ev: WatchEvent[]): string {
  const path = join(dir, name);
  writeFileSync(path, ev.map((e) => JSON.stringify(e)).join('\n'));
  return path;
}

async function watch(files: string[], extra: Partial<WatchCliOptions>): Promise<{ flagged: string[]; summary: string }> {
  let summary = '';
  const stderr = { isTTY: false, write: (s: string) => ((summary += s), true) } as unknown as NodeJS.WriteStream;
  const { alerts } = await runWatch(files, { store: false, progress: false, lure: false, showMalformed: '5', ...extra }, stderr);
  return { flagged: [...new Set(alerts.map((a) => a.number))], summary };
}

describe('saqbol watch', () => {
  it('judges a number no message names only after a day of traffic, carried from run to run by snapshots', async () => {
    const dir = testDir('watch');
    const day1 = file(dir, 'day1.jsonl', events(T0, T0 + 25 * HOUR));
    const day2 = file(dir, 'day2.jsonl', events(T0 + 25 * HOUR, T0 + 28 * HOUR, T0 + 26 * HOUR));
    const snap = join(dir, 'day1.snap');

    const first = await watch([day1], { alertsOut: join(dir, 'a1.jsonl'), snapshotOut: snap });
    expect(first.summary).toMatch(/event time\s+2026-11-20T19:00:00\.000Z → 2026-11-21T19:55:00\.000Z/);
    expect(first.summary).not.toMatch(/warm-up/);

    // the same calls to the lure's number, seen by a detector started cold that morning: it cannot tell
    const cold = await watch([day2], { alertsOut: join(dir, 'a2.jsonl') });
    expect(cold.flagged).not.toContain(LURE);
    expect(cold.summary).toMatch(/warm-up\s+numbers no message names are judged after 24 h of watched traffic \(this state has 2\.9 h\)/);

    const warm = await watch([day2], { alertsOut: join(dir, 'a3.jsonl'), snapshotIn: snap });
    expect(warm.flagged).toEqual([LURE]);
    expect(warm.summary).toMatch(/event time\s+2026-11-20T19:00:00\.000Z → /);
    const alert = JSON.parse(readFileSync(join(dir, 'a3.jsonl'), 'utf8').split('\n')[0]!) as { reasons: { code: string; value: number }[] };
    expect(alert.reasons.find((r) => r.code === 'watched_before_min')!.value).toBeGreaterThanOrEqual(24 * 60);

    // or the operator says how much history makes a number new
    const told = await watch([day2], { alertsOut: join(dir, 'a4.jsonl'), noveltyHours: '0' });
    expect(told.flagged).toEqual([LURE]);
  });

  it('refuses a snapshot that is not one, and settings beside a restored state', async () => {
    const dir = testDir('watch');
    const day = file(dir, 'day.jsonl', events(T0, T0 + HOUR));
    const bad = join(dir, 'bad.snap');
    writeFileSync(bad, 'not a snapshot at all');
    await expect(watch([day], { alertsOut: join(dir, 'a.jsonl'), snapshotIn: bad })).rejects.toMatchObject({ code: 'invalid_field' });
    await expect(watch([day], { alertsOut: join(dir, 'a.jsonl'), snapshotIn: join(dir, 'missing.snap') })).rejects.toMatchObject({ code: 'invalid_field' });
    // a refused run leaves no alerts file behind, open or empty
    expect(existsSync(join(dir, 'a.jsonl'))).toBe(false);
    const snap = join(dir, 'day.snap');
    await watch([day], { alertsOut: join(dir, 'a.jsonl'), snapshotOut: snap });
    await expect(watch([day], { alertsOut: join(dir, 'a.jsonl'), snapshotIn: snap, threshold: '0.9' })).rejects.toMatchObject({ code: 'invalid_field' });
  });

  it('names the option when an input cannot be read or the alerts file cannot be written, before any work', async () => {
    const dir = testDir('watch');
    const day = file(dir, 'day.jsonl', events(T0, T0 + HOUR));
    await expect(watch([day, join(dir, 'missing.jsonl')], { alertsOut: join(dir, 'a.jsonl') })).rejects.toThrow(/"FILE": cannot read .*missing\.jsonl: ENOENT/);
    expect(existsSync(join(dir, 'a.jsonl'))).toBe(false);
    await expect(watch([day], { alertsOut: join(dir, 'no-such-dir', 'a.jsonl') })).rejects.toThrow(/"--alerts-out": cannot write .*a\.jsonl: ENOENT/);
  });

  it('reads the call-back number of a mass SMS that spells it in words, and flags it when the recipients call', async () => {
    const dir = testDir('watch');
    const spelled = 'Ошибка авторизации в приложении банка. Срочно позвоните: восемь семь семь семь ноль ноль ноль один один два два';
    const ev: WatchEvent[] = events(T0, T0 + 3 * HOUR);
    for (let i = 0; i < 600; i++) ev.push({ type: 'sms', ts: T0 + HOUR + i * 3000, from: `+7776${String(2_000_000 + (i % 40)).slice(1)}`, to: person(2000 + i), text: spelled });
    for (let k = 0; k < 40; k++) ev.push({ type: 'call', ts: T0 + HOUR + 40 * 60_000 + k * 60_000, from: person(2000 + k * 13), to: '+77770001122', durationS: 300 });
    const run = await watch([file(dir, 'spelled.jsonl', ev.sort((a, b) => a.ts - b.ts))], { alertsOut: join(dir, 'a.jsonl') });
    expect(run.flagged).toEqual(['+77770001122']);
    const alert = JSON.parse(readFileSync(join(dir, 'a.jsonl'), 'utf8').split('\n')[0]!) as { reasons: { code: string; value: number }[] };
    expect(alert.reasons.find((r) => r.code === 'mention_fanout')!.value).toBeGreaterThanOrEqual(100);
  });

  it('takes the sender of a mass SMS that asks to call back "this number" as the number it mentions, from JSONL and CSV alike', async () => {
    const dir = testDir('watch');
    const SIM = '+77770001122';
    const lure = 'Служба безопасности банка: по вашей карте подозрительная операция. Срочно перезвоните на этот номер!';
    const ev: WatchEvent[] = events(T0, T0 + 3 * HOUR);
    for (let i = 0; i < 600; i++) ev.push({ type: 'sms', ts: T0 + HOUR + i * 3000, from: SIM, to: person(2000 + i), text: lure });
    // a courier asking a few people to call back his own phone is no campaign
    for (let i = 0; i < 6; i++) ev.push({ type: 'sms', ts: T0 + HOUR + i * 60_000, from: '+77015550000', to: person(3000 + i), text: 'Курьер: привезу заказ к 15:00, если не будете дома, позвоните на этот номер' });
    for (let k = 0; k < 40; k++) ev.push({ type: 'call', ts: T0 + HOUR + 40 * 60_000 + k * 60_000, from: person(2000 + k * 13), to: SIM, durationS: 300 });
    for (let k = 0; k < 4; k++) ev.push({ type: 'call', ts: T0 + HOUR + 10 * 60_000 + k * 60_000, from: person(3000 + k), to: '+77015550000', durationS: 40 });
    ev.sort((a, b) => a.ts - b.ts);
    const fromJsonl = await watch([file(dir, 'this-number.jsonl', ev)], { alertsOut: join(dir, 'a.jsonl'), lure: true });
    expect(fromJsonl.flagged).toEqual([SIM]);
    const alert = JSON.parse(readFileSync(join(dir, 'a.jsonl'), 'utf8').split('\n')[0]!) as { reasons: { code: string; value: number }[] };
    expect(alert.reasons.find((r) => r.code === 'mention_fanout')!.value).toBeGreaterThanOrEqual(100);
    writeFileSync(join(dir, 'this-number.csv'), toCsv(ev));
    expect((await watch([join(dir, 'this-number.csv')], { alertsOut: join(dir, 'b.jsonl'), lure: true })).flagged).toEqual([SIM]);
  });

  it('joins calls to a number written without its country code (7770001122) with the messages that name it as +7 777…', async () => {
    const dir = testDir('watch');
    // a subscriber as the messages' records write them (+7 707…) and as the call records do (707…, ten digits)
    const intl = (i: number): string => `+7707${String(10_000_000 + i).slice(1)}`;
    const national = (i: number): string => `707${String(10_000_000 + i).slice(1)}`;
    const lure = 'Ошибка авторизации в приложении банка. Срочно позвоните +7 777 000 11 22';
    const ev: WatchEvent[] = events(T0, T0 + 3 * HOUR);
    for (let i = 0; i < 600; i++) ev.push({ type: 'sms', ts: T0 + HOUR + i * 3000, from: `+7776${String(2_000_000 + (i % 40)).slice(1)}`, to: intl(2000 + i), text: lure });
    for (let k = 0; k < 40; k++) ev.push({ type: 'call', ts: T0 + HOUR + 40 * 60_000 + k * 60_000, from: national(2000 + k * 13), to: '7770001122', durationS: 300 });
    ev.sort((a, b) => a.ts - b.ts);
    const fromJsonl = await watch([file(dir, 'national.jsonl', ev)], { alertsOut: join(dir, 'a.jsonl') });
    expect(fromJsonl.flagged).toEqual(['+77770001122']);
    const alert = JSON.parse(readFileSync(join(dir, 'a.jsonl'), 'utf8').split('\n')[0]!) as { reasons: { code: string; value: number }[] };
    expect(alert.reasons.find((r) => r.code === 'primed_share')!.value).toBe(1);
    writeFileSync(join(dir, 'national.csv'), toCsv(ev));
    expect((await watch([join(dir, 'national.csv')], { alertsOut: join(dir, 'b.jsonl') })).flagged).toEqual(['+77770001122']);
  });
});
