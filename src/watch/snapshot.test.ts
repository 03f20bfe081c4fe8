import { describe, expect, it } from 'vitest';
import { Detector } from './detector.js';
import { SnapshotError, restore, snapshot } from './snapshot.js';
import { COURIER, HOTLINE, SCAM, directory, handMadeStream, readText } from './testing/streams.js';

const cfg = { primingBits: 1 << 18, outgoingBits: 1 << 18 };

describe('snapshot and restore', () => {
  it('a detector restored mid-stream ends exactly like one that never stopped, even when replaying from an older point', () => {
    const events = handMadeStream(11).events;
    const whole = new Detector(cfg, { readText, directory });
    events.forEach((e, i) => { whole.apply(e, i); });
    whole.flush();
    const wholeAlerts = whole.drainAlerts();

    const cut = Math.floor(events.length * 0.6);
    const first = new Detector(cfg, { readText, directory });
    events.slice(0, cut).forEach((e, i) => { first.apply(e, i); });
    const bytes = snapshot(first);
    const firstAlerts = first.drainAlerts();
    const second = restore(bytes, { readText, directory });
    expect(second.lastSeq).toBe(cut - 1);
    // at-least-once delivery: the consumer resumes a little before the snapshot's sequence
    for (let i = cut - 200; i < events.length; i++) second.apply(events[i]!, i);
    second.flush();
    const resumedAlerts = [...firstAlerts, ...second.drainAlerts()];

    for (const n of [SCAM, COURIER, HOTLINE]) {
      expect(second.inspect(n)!.features).toEqual(whole.inspect(n)!.features);
    }
    expect(resumedAlerts.map((a) => a.number).sort()).toEqual(wholeAlerts.map((a) => a.number).sort());
    expect(second.stats().tracked).toBe(whole.stats().tracked);
    expect(second.since).toBe(whole.since);
  });

  it('refuses bytes that are not a snapshot or of another version', () => {
    expect(() => restore(new Uint8Array(20), { readText })).toThrow(SnapshotError);
    const bytes = snapshot(new Detector(cfg, { readText }));
    bytes[4] = 99;
    expect(() => restore(bytes, { readText })).toThrow(/version 99/);
  });
});
