import { describe, expect, it } from 'vitest';
import { epochMs, parseEventTime } from './event-time.js';

const AT = Date.parse('2026-11-23T04:05:06Z');

describe('event times', () => {
  it('reads epoch milliseconds and epoch seconds alike', () => {
    expect(epochMs(AT)).toBe(AT);
    expect(epochMs(AT / 1000)).toBe(AT);
    expect(parseEventTime(String(AT))).toBe(AT);
    expect(parseEventTime(String(AT / 1000))).toBe(AT);
    expect(parseEventTime('1795363506.5')).toBe(1795363506500);
  });

  it('reads ISO-8601 with a T or a space, with or without a zone (none is UTC)', () => {
    expect(parseEventTime('2026-11-23T04:05:06Z')).toBe(AT);
    expect(parseEventTime('2026-11-23T04:05:06.000Z')).toBe(AT);
    expect(parseEventTime('2026-11-23 04:05:06')).toBe(AT);
    expect(parseEventTime('2026-11-23 09:05:06+05:00')).toBe(AT);
    expect(parseEventTime('2026-11-23T09:05:06+0500')).toBe(AT);
    expect(parseEventTime('2026-11-23 04:05:06,250')).toBe(AT + 250);
    expect(parseEventTime('2026-11-23T04:05')).toBe(AT - 6000);
  });

  it('gives NaN for anything else', () => {
    for (const s of ['', 'yesterday', '23.11.2026 04:05', '2026-11-23', '2026-11-23T25:00:00Z', '12:00']) expect(parseEventTime(s)).toBeNaN();
  });
});
