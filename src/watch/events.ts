// The events Watch consumes: SMS and call records, as parsed from files or NATS.

/** Event time in epoch milliseconds (UTC). */
export type EpochMs = number;

export interface SmsEvent {
  type: 'sms';
  ts: EpochMs;
  /** Sender: a number or an alphanumeric sender id ("KASPI.KZ"). */
  from: string;
  /** Recipient subscriber (possibly pseudonymized). */
  to: string;
  /** Message text, when the operator keeps it. */
  text?: string;
  /** Numbers mentioned in the text, for operators that keep no texts (normalized keys). */
  mentioned?: string[];
}

export interface CallEvent {
  type: 'call';
  ts: EpochMs;
  /** Caller subscriber (possibly pseudonymized). */
  from: string;
  /** Callee number. */
  to: string;
  durationS: number;
}

export type WatchEvent = SmsEvent | CallEvent;
