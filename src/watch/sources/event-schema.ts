// The TypeBox schema of one event as a JSON line (what `saqbol watch` and `saqbol ingest` read).
import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import type { WatchEvent } from '../events.js';
import { epochMs, parseEventTime } from './event-time.js';

/** Epoch milliseconds or seconds, as a number or digits, or ISO-8601 (see event-time.ts). */
const Ts = Type.Union([Type.Number({ minimum: 0 }), Type.String({ pattern: '^\\s*(\\d+(\\.\\d+)?|\\d{4}-\\d\\d-\\d\\d[T ].*)$' })]);
const Num = Type.String({ minLength: 1, maxLength: 64 });

export const SmsLine = Type.Object({
  type: Type.Literal('sms'),
  ts: Ts,
  from: Num,
  to: Num,
  text: Type.Optional(Type.String({ maxLength: 10_000 })),
  mentioned: Type.Optional(Type.Array(Num, { maxItems: 32 })),
});

export const CallLine = Type.Object({
  type: Type.Literal('call'),
  ts: Ts,
  from: Num,
  to: Num,
  durationS: Type.Number({ minimum: 0 }),
});

export const EventLine = Type.Union([SmsLine, CallLine]);
export type EventLine = Static<typeof EventLine>;

const checkSms = TypeCompiler.Compile(SmsLine);
const checkCall = TypeCompiler.Compile(CallLine);

/** Parses one decoded JSON value into an event, or says what is wrong with it. */
export function toEvent(raw: unknown): WatchEvent | string {
  const given = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  // exports write the kind in capitals as often as not
  const type = typeof given === 'string' ? given.toLowerCase() : given;
  const check = type === 'sms' ? checkSms : type === 'call' ? checkCall : null;
  if (!check) return '/type: must be "sms" or "call"';
  const v = type === given ? raw : { ...(raw as object), type };
  if (!check.Check(v)) {
    const first = check.Errors(v).First();
    return first ? `${first.path || '(line)'}: ${first.message}` : 'not an event';
  }
  const ts = typeof v.ts === 'number' ? epochMs(v.ts) : parseEventTime(v.ts);
  if (Number.isNaN(ts)) return '/ts: not a date';
  return { ...v, ts };
}
