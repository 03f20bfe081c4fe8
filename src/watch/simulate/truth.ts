// Ground truth of a simulation: which numbers are scam callback numbers (with when they were active
// and how many calls they got) and which popular numbers are legitimate look-alikes.
import type { Pretext } from './profile.js';
import { NO_TAG } from './sim-event.js';
import type { SimEvent } from './sim-event.js';

export type LegitKind = 'hotline' | 'government' | 'courier' | 'utility' | 'business';

export interface ScamTruth {
  number: string;
  /** First and last event that concerns the number (a message mentioning it or a call to it), ISO. */
  start: string;
  end: string;
  /** Calls to the number in the output. */
  callbacks: number;
  campaign: number;
  pretext: Pretext;
  channel: 'sms' | 'email';
}

export interface LegitTruth {
  number: string;
  kind: LegitKind;
  /** Who the number belongs to (organization or delivery service id). */
  org: string;
  calls: number;
}

export interface Truth {
  scams: ScamTruth[];
  legit: LegitTruth[];
}

interface ScamEntry {
  number: string;
  campaign: number;
  pretext: Pretext;
  channel: 'sms' | 'email';
  first: number;
  last: number;
  callbacks: number;
}

interface LegitEntry {
  number: string;
  kind: LegitKind;
  org: string;
  calls: number;
  seen: boolean;
}

/** Registers truth entries and hands out tags; counts only what is actually written. */
export class TruthBook {
  private readonly scams: ScamEntry[] = [];
  private readonly legit: LegitEntry[] = [];

  scamTag(number: string, campaign: number, pretext: Pretext, channel: 'sms' | 'email'): number {
    this.scams.push({ number, campaign, pretext, channel, first: Infinity, last: -Infinity, callbacks: 0 });
    return this.scams.length - 1;
  }

  legitTag(number: string, kind: LegitKind, org: string): number {
    this.legit.push({ number, kind, org, calls: 0, seen: false });
    return -2 - (this.legit.length - 1);
  }

  /** Called for every event written, in output order. */
  record(e: SimEvent): void {
    const tag = e.tag;
    if (tag === NO_TAG) return;
    if (tag >= 0) {
      const s = this.scams[tag]!;
      if (e.ts < s.first) s.first = e.ts;
      if (e.ts > s.last) s.last = e.ts;
      if (e.type === 'call') s.callbacks++;
    } else {
      const l = this.legit[-2 - tag]!;
      l.seen = true;
      if (e.type === 'call' && e.to === l.number) l.calls++;
    }
  }

  result(): Truth {
    const scams = this.scams
      .filter((s) => s.first !== Infinity)
      .sort((a, b) => a.first - b.first || a.number.localeCompare(b.number))
      .map((s) => ({
        number: s.number,
        start: new Date(s.first).toISOString(),
        end: new Date(s.last).toISOString(),
        callbacks: s.callbacks,
        campaign: s.campaign,
        pretext: s.pretext,
        channel: s.channel,
      }));
    const legit = this.legit
      .filter((l) => l.seen)
      .sort((a, b) => b.calls - a.calls || a.number.localeCompare(b.number))
      .map(({ number, kind, org, calls }) => ({ number, kind, org, calls }));
    return { scams, legit };
  }
}
