// The simulator's internal event: one monomorphic shape for SMS and calls (fast to build and sort),
// tagged with the truth entry it belongs to; converted to the public WatchEvent at the edges.
import type { WatchEvent } from '../events.js';

/** No truth entry; scam numbers tag ≥ 0; legit look-alikes tag ≤ −2 (−2 − index). */
export const NO_TAG = -1;

export const NO_MENTIONS: readonly string[] = Object.freeze([]);

export class SimEvent {
  constructor(
    public readonly type: 'sms' | 'call',
    public ts: number,
    public readonly from: string,
    public readonly to: string,
    /** Calls only; 0 for SMS. */
    public readonly durationS: number,
    /** SMS only; '' for calls. */
    public readonly text: string,
    /** SMS only: the keys of the numbers written into the text. */
    public readonly mentioned: readonly string[],
    public readonly tag: number,
  ) {}
}

export function sms(ts: number, from: string, to: string, text: string, mentioned: readonly string[], tag = NO_TAG): SimEvent {
  return new SimEvent('sms', ts, from, to, 0, text, mentioned, tag);
}

export function call(ts: number, from: string, to: string, durationS: number, tag = NO_TAG): SimEvent {
  return new SimEvent('call', ts, from, to, durationS, '', NO_MENTIONS, tag);
}

/** The public shape: texts or, for operators that keep none, the mentioned numbers. */
export function toWatchEvent(e: SimEvent, withText: boolean): WatchEvent {
  if (e.type === 'call') return { type: 'call', ts: e.ts, from: e.from, to: e.to, durationS: e.durationS };
  return withText ? { type: 'sms', ts: e.ts, from: e.from, to: e.to, text: e.text } : { type: 'sms', ts: e.ts, from: e.from, to: e.to, mentioned: [...e.mentioned] };
}
