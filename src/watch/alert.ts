// What Watch reports: a scored, explained alert about one number.

export type ReasonCode =
  | 'primed_callers'
  | 'primed_share'
  | 'call_fanin'
  | 'mention_fanout'
  | 'mention_senders'
  | 'numeric_senders'
  | 'lure_score'
  | 'inbound_only'
  | 'first_seen_min'
  | 'spoofed_senders'
  | 'fresh_senders'
  | 'called_out_before_named'
  | 'callers_before_named'
  | 'watched_before_min'
  | 'named_by_itself';

export interface Reason {
  code: ReasonCode;
  value: number;
}

export interface WatchAlert {
  /** The flagged number, normalized key, in clear (it must be blocked). */
  number: string;
  score: number;
  /** Event time of the alert, ISO-8601. */
  ts: string;
  reasons: Reason[];
  /** Event time the number was first seen, ISO-8601. */
  firstTs: string;
  /** Set when the number is an official one alerted for spoofed senders: its organization. */
  officialOrg?: string;
}

/** Parses the JSON reasons column or line (tolerating anything malformed as "no reasons"). */
export function parseReasons(json: string): Reason[] {
  try {
    const v: unknown = JSON.parse(json);
    if (!Array.isArray(v)) return [];
    return v.filter(
      (r): r is Reason => typeof r === 'object' && r !== null && typeof (r as Reason).code === 'string' && typeof (r as Reason).value === 'number',
    );
  } catch {
    return [];
  }
}
