import { describe, expect, it } from 'vitest';
import type { WatchEvent } from '../events.js';
import type { ReadText } from '../ports.js';
import { eventForPartition, parsePartitions, partitionOf, partitionReader, partitionsOf } from './nats-partition.js';

const reader: ReadText = (text) => ({ mentioned: [...text.matchAll(/\+7\d{10}|\b\d{4}\b/g)].map((m) => m[0]), lure: 0.5 });

describe('partitioning', () => {
  it('puts a number in the same partition however it is written', () => {
    for (const count of [1, 6, 8, 32]) {
      const p = partitionOf('+77011234567', count);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThan(count);
      expect(partitionOf('87011234567', count)).toBe(p);
      expect(partitionOf('8 (701) 123-45-67', count)).toBe(p);
    }
    const spread = new Set(Array.from({ length: 200 }, (_, i) => partitionOf(`+7701${String(1_000_000 + i * 7919)}`, 8)));
    expect(spread.size).toBe(8);
  });

  it('routes a call to callee and caller, an SMS to every mentioned number and a numeric sender', () => {
    const call: WatchEvent = { type: 'call', ts: 1, from: '+77011111111', to: '+77022222222', durationS: 30 };
    expect(new Set(partitionsOf(call, 16, reader))).toEqual(new Set([partitionOf(call.to, 16), partitionOf(call.from, 16)]));
    const sms: WatchEvent = { type: 'sms', ts: 1, from: '+77033333333', to: '+77044444444', text: 'call +77055555555 or 9999' };
    expect(new Set(partitionsOf(sms, 16, reader))).toEqual(new Set([partitionOf('+77055555555', 16), partitionOf('9999', 16), partitionOf(sms.from, 16)]));
    const otp: WatchEvent = { type: 'sms', ts: 1, from: 'KASPI.KZ', to: '+77044444444', text: 'no numbers here' };
    expect(partitionsOf(otp, 16, reader)).toEqual([partitionOf(otp.to, 16)]);
  });

  it("shows a partition's detector only the numbers the partition owns", () => {
    const count = 8;
    const keys = ['+77055555555', '+77066666666', '+77077777777', '9999'];
    const text = keys.join(' ');
    const seen = new Set<string>();
    for (let p = 0; p < count; p++) {
      const r = partitionReader(reader, p, count)(text);
      for (const k of r.mentioned) {
        expect(partitionOf(k, count)).toBe(p);
        seen.add(k);
      }
      const e = eventForPartition({ type: 'sms', ts: 1, from: 'X', to: '+77011111111', mentioned: keys }, p, count);
      expect(e.type === 'sms' && e.mentioned?.every((k) => partitionOf(k, count) === p)).toBe(true);
    }
    expect(seen).toEqual(new Set(keys));
  });

  it('parses partition lists and refuses partitions that do not exist', () => {
    expect(parsePartitions('0-3', 8)).toEqual([0, 1, 2, 3]);
    expect(parsePartitions('5, 0,2-3', 8)).toEqual([0, 2, 3, 5]);
    expect(() => parsePartitions('6-9', 8)).toThrow(/outside/);
    expect(() => parsePartitions('a', 8)).toThrow(/bad partition list/);
  });
});
