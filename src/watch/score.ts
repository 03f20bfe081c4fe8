// Scoring: from one number's features to a score in 0..1 and the reasons behind it. Pure arithmetic.
import type { Reason } from './alert.js';
import type { WatchConfig } from './config.js';

export interface Features {
  fanout: number;
  senders: number;
  /** Distinct senders that are phone numbers (for an official number: senders not of its organization). */
  numericSenders: number;
  /** Phone-number senders whose message was their first call or SMS in the outgoing window (fresh SIMs). */
  freshSenders: number;
  callers: number;
  primed: number;
  /** Highest lure score (0..1) of the mentioning texts; NaN when no text was seen. */
  lure: number;
  inboundOnly: boolean;
  firstSeenMin: number;
  /** Minutes of traffic the detector had watched before the number was first seen. */
  watchedBeforeMin: number;
  /** The organization the number officially belongs to, if any. */
  official: string | undefined;
  /** Some message has ever named the number (not only inside the current window). */
  everMentioned: boolean;
  /** When first named, the number had called or texted someone itself within the outgoing window. */
  outBefore: boolean;
  /** Messages the number sent itself name it as the one to call back. */
  namedBySelf: boolean;
  /** When first named, the distinct callers it already had. */
  callersBefore: number;
}

/** A Features object to fill in (one shape for all). */
export function noFeatures(): Features {
  return { fanout: 0, senders: 0, numericSenders: 0, freshSenders: 0, callers: 0, primed: 0, lure: Number.NaN, inboundOnly: false, firstSeenMin: 0, watchedBeforeMin: 0, official: undefined, everMentioned: false, outBefore: false, namedBySelf: false, callersBefore: 0 };
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
  r.push({ code: 'fresh_senders', value: f.freshSenders });
  if (!Number.isNaN(f.lure)) r.push({ code: 'lure_score', value: round(f.lure) });
  r.push({ code: 'inbound_only', value: f.inboundOnly ? 1 : 0 });
  r.push({ code: 'first_seen_min', value: Math.round(f.firstSeenMin) });
  if (f.namedBySelf) r.push({ code: 'named_by_itself', value: 1 });
  if (f.everMentioned) {
    r.push({ code: 'called_out_before_named', value: f.outBefore ? 1 : 0 });
    r.push({ code: 'callers_before_named', value: f.callersBefore });
  } else r.push({ code: 'watched_before_min', value: Math.round(f.watchedBeforeMin) });
  return r;
}

/**
 * How much the senders of the mentioning messages look like a SIM-box: a farm rotates many fresh
 * SIMs, because one number sending hundreds of messages is blocked; an organization sends from its
 * sender id, or a small one from one long-used phone.
 */
function senderFactor(f: Features, c: WatchConfig): number {
  if (f.numericSenders === 0) return c.damping.senderIdsOnly;
  if (f.numericSenders === 1) return f.freshSenders === 0 ? c.damping.oneKnownSender : c.damping.oneFreshSender;
  return 1;
}

/**
 * What the number was before any message named it. People calling it for their own reasons is a
 * past a scammer cannot buy; calls out of it are cheap to fake (warmed SIMs), so they count only
 * through inbound_only and are reported, not weighed again.
 */
function historyFactor(f: Features, c: WatchConfig): number {
  return f.callersBefore >= c.historyCallers ? c.damping.calledBefore : 1;
}

/**
 * The combined score. A number needs primed callers before it can score at all (a magnet is called
 * back); what separates a lure from a courier or a real announcement is who sends the messages
 * (rotating fresh phone numbers rather than one sender id or one long-used phone), what they say,
 * whether the number ever calls out, and whether it had a life before the messages named it.
 * Official numbers score only for spoofing: messages from senders not their own.
 */
export function scoreValue(f: Features, c: WatchConfig): number {
  if (!f.everMentioned) {
    // no message names it: callers came from elsewhere (e-mail, messengers); only a number that
    // never calls out and suddenly draws many callers is suspicious, and never an official one. A
    // lure's number goes from unknown to many callers within hours; one that had drawn callers for
    // longer than a window before reaching the bar is a steady line (a dispatcher, a shop). And a
    // number is new only to a detector that watched the traffic before it: started cold, it would
    // take every shop's and clinic's line, quiet overnight, for a sudden magnet each morning
    const steady = f.firstSeenMin * 60_000 > c.windowMs;
    const unknownPast = f.watchedBeforeMin * 60_000 < c.noveltyMs;
    if (f.official || !f.inboundOnly || steady || unknownPast || f.callers < c.minUnprimedCallers) return 0;
    return round(0.6 + 0.4 * sat(f.callers - c.minUnprimedCallers, c.minUnprimedCallers));
  }
  if (f.primed < c.minPrimed) return 0;
  const w = c.weights;
  const s = c.saturation;
  if (f.official) {
    if (f.numericSenders < c.spoofSenders) return 0;
    const lure = Number.isNaN(f.lure) ? 1 : f.lure;
    return round(Math.min(1, 0.5 + 0.5 * lure) * sat(f.numericSenders, c.spoofSenders));
  }
  // A number only its own messages name ("перезвоните на этот номер") sends them itself: it is no SIM farm's
  // target and never inbound only, so those two weigh nothing either way; being one sender is damped as
  // for any number one phone names (a courier, a chairman on his own phone), less so for a fresh SIM.
  const bySelf = f.namedBySelf && f.numericSenders <= 1 ? 0 : 1;
  let total = bySelf * (w.numericSenders + w.inboundOnly) + w.primed + w.primedShare + w.fanout;
  let sum =
    bySelf * w.numericSenders * sat(f.numericSenders - 1, s.numericSenders) +
    bySelf * w.inboundOnly * (f.inboundOnly ? 1 : 0) +
    w.primed * sat(f.primed, s.primed) +
    w.primedShare * primedShare(f) +
    w.fanout * sat(f.fanout, s.fanout);
  if (!Number.isNaN(f.lure)) {
    total += w.lure;
    sum += w.lure * f.lure;
  }
  const damping = senderFactor(f, c) * historyFactor(f, c);
  return total > 0 ? round((damping * sum) / total) : 0;
}

/** The score with the reasons behind it (scoreValue alone, for a number below the threshold, makes none). */
export function score(f: Features, c: WatchConfig): Scored {
  return { score: scoreValue(f, c), reasons: reasonsOf(f) };
}
