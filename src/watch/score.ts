// Scoring: from one number's features to a score in 0..1 and the reasons behind it. Pure arithmetic.
import type { Reason } from './alert.js';
import type { WatchConfig } from './config.js';

export interface Features {
  fanout: number;
  senders: number;
  /** Distinct senders that are phone numbers (for an official number: senders not of its organization). */
  numericSenders: number;
  callers: number;
  primed: number;
  /** Highest lure score (0..1) of the mentioning texts; NaN when no text was seen. */
  lure: number;
  inboundOnly: boolean;
  firstSeenMin: number;
  /** The organization the number officially belongs to, if any. */
  official: string | undefined;
  /** Some message has ever named the number (not only inside the current window). */
  everMentioned: boolean;
}

export interface Scored {
  score: number;
  reasons: Reason[];
}

const sat = (v: number, at: number): number => (at <= 0 ? 1 : Math.min(1, Math.max(0, v) / at));
const round = (v: number, digits = 3): number => Math.round(v * 10 ** digits) / 10 ** digits;

export function primedShare(f: Features): number {
  return f.callers > 0 ? Math.min(1, f.primed / f.callers) : 0;
}

function reasonsOf(f: Features): Reason[] {
  const r: Reason[] = [
    { code: 'primed_callers', value: f.primed },
    { code: 'primed_share', value: round(primedShare(f)) },
    { code: 'call_fanin', value: f.callers },
    { code: 'mention_fanout', value: f.fanout },
    { code: 'mention_senders', value: f.senders },
  ];
  r.push(f.official ? { code: 'spoofed_senders', value: f.numericSenders } : { code: 'numeric_senders', value: f.numericSenders });
  if (!Number.isNaN(f.lure)) r.push({ code: 'lure_score', value: round(f.lure) });
  r.push({ code: 'inbound_only', value: f.inboundOnly ? 1 : 0 });
  r.push({ code: 'first_seen_min', value: Math.round(f.firstSeenMin) });
  return r;
}

/**
 * The combined score. A number needs primed callers before it can score at all (a magnet is called
 * back); what separates a lure from a courier or a real announcement is who sends the messages
 * (rotating phone numbers rather than one sender id), what they say, and whether the number ever
 * calls out. Official numbers score only for spoofing: messages from senders not their own.
 */
export function score(f: Features, c: WatchConfig): Scored {
  const reasons = reasonsOf(f);
  if (!f.everMentioned) {
    // no message names it: callers came from elsewhere (e-mail, messengers); only a number that
    // never calls out and suddenly draws many callers is suspicious, and never an official one
    if (f.official || !f.inboundOnly || f.callers < c.minUnprimedCallers) return { score: 0, reasons };
    return { score: round(0.6 + 0.4 * sat(f.callers - c.minUnprimedCallers, c.minUnprimedCallers)), reasons };
  }
  if (f.primed < c.minPrimed) return { score: 0, reasons };
  const w = c.weights;
  const s = c.saturation;
  if (f.official) {
    if (f.numericSenders < c.spoofSenders) return { score: 0, reasons };
    const lure = Number.isNaN(f.lure) ? 1 : f.lure;
    return { score: round(Math.min(1, 0.5 + 0.5 * lure) * sat(f.numericSenders, c.spoofSenders)), reasons };
  }
  let total = w.numericSenders + w.inboundOnly + w.primed + w.primedShare + w.fanout;
  let sum =
    w.numericSenders * sat(f.numericSenders - 1, s.numericSenders) +
    w.inboundOnly * (f.inboundOnly ? 1 : 0) +
    w.primed * sat(f.primed, s.primed) +
    w.primedShare * primedShare(f) +
    w.fanout * sat(f.fanout, s.fanout);
  if (!Number.isNaN(f.lure)) {
    total += w.lure;
    sum += w.lure * f.lure;
  }
  // every mention came from sender names (registered ids), none from phone numbers: an organization's
  // own announcement looks like this; SIM-box lures do not
  const bySenderIds = f.numericSenders === 0 ? 0.5 : 1;
  return { score: total > 0 ? round((bySenderIds * sum) / total) : 0, reasons };
}
