// Small hand-made event streams for the detector's tests: a lure campaign, a courier, an official
// hotline (with and without spoofed senders) and background calls, with a deterministic PRNG.
import type { WatchEvent } from '../events.js';
import type { OfficialDirectory, TextReading } from '../ports.js';

export function prng(seed: number): () => number {
  let a = seed >>> 0 || 1;
  return () => {
    a ^= a << 13;
    a ^= a >>> 17;
    a ^= a << 5;
    return (a >>> 0) / 0x100000000;
  };
}

const T0 = Date.parse('2026-11-20T08:00:00Z');
const MIN = 60_000;

export const SCAM = '+77770001122';
export const COURIER = '+77011112233';
export const HOTLINE = '+77272588000';
export const SPOOFED_HOTLINE = '+77272599999';
/** A lure number spread by e-mail: called by many, named in no SMS. */
export const EMAIL_SCAM = '+77471234500';
/** A popular person: called by many friends, and calls them back. */
export const POPULAR = '+77019998877';

export const directory: OfficialDirectory = {
  orgOfNumber: (k) => (k === HOTLINE || k === SPOOFED_HOTLINE ? 'bank' : undefined),
  orgOfSender: (s) => (s === 'BANK.KZ' ? 'bank' : undefined),
};

/** Reads numbers written as +7NNNNNNNNNN and calls a text a lure when it speaks of an authorization error. */
export function readText(text: string): TextReading {
  return { mentioned: text.match(/\+7\d{10}/g) ?? [], lure: /ошибка авторизации/i.test(text) ? 0.9 : 0.1 };
}

const subscriber = (i: number): string => `+7705${String(1_000_000 + i).slice(1)}`;

export interface Stream {
  events: WatchEvent[];
  /** Event time of the 20th callback to the scam number. */
  scamTwentieth: number;
}

export function handMadeStream(seed = 1, opts: { texts?: boolean } = {}): Stream {
  const texts = opts.texts ?? true;
  const r = prng(seed);
  const ev: WatchEvent[] = [];
  const sms = (ts: number, from: string, to: string, text: string, mentioned: string[]): void => {
    ev.push(texts ? { type: 'sms', ts, from, to, text } : { type: 'sms', ts, from, to, mentioned });
  };
  // background: people call each other, some call the couriers and the hotline without any message
  for (let i = 0; i < 3000; i++) {
    const a = Math.floor(r() * 5000);
    const b = Math.floor(r() * 5000);
    ev.push({ type: 'call', ts: T0 + Math.floor(r() * 600 * MIN), from: subscriber(a), to: subscriber(b), durationS: 60 });
  }
  // the courier texts its customers from a sender id, calls some of them, and many call back
  for (let i = 0; i < 300; i++) {
    const to = subscriber(Math.floor(r() * 5000));
    const ts = T0 + Math.floor(r() * 400 * MIN);
    sms(ts, 'EXPRESS', to, `Ваш курьер приедет сегодня, телефон ${COURIER}`, [COURIER]);
    if (r() < 0.3) ev.push({ type: 'call', ts: ts + Math.floor((1 + r() * 60) * MIN), from: to, to: COURIER, durationS: 40 });
    if (r() < 0.2) ev.push({ type: 'call', ts: ts + 90 * MIN, from: COURIER, to, durationS: 30 });
  }
  // the bank texts its hotline from its own sender id; many call it
  for (let i = 0; i < 800; i++) {
    const to = subscriber(Math.floor(r() * 5000));
    const ts = T0 + Math.floor(r() * 500 * MIN);
    sms(ts, 'BANK.KZ', to, `Банк: вопросы по карте — ${HOTLINE}`, [HOTLINE]);
    if (r() < 0.2) ev.push({ type: 'call', ts: ts + Math.floor((1 + r() * 30) * MIN), from: to, to: HOTLINE, durationS: 120 });
  }
  // the lure campaign: rotating SIM-box senders, an authorization-error pretext, a 3 % callback rate
  const scamCalls: number[] = [];
  const start = T0 + 120 * MIN;
  for (let i = 0; i < 2500; i++) {
    const to = subscriber(Math.floor(r() * 5000));
    const ts = start + Math.floor(r() * 120 * MIN);
    const from = `+7700${String(9_000_000 + Math.floor(r() * 12))}`;
    sms(ts, from, to, `Ошибка авторизации в приложении банка. Срочно перезвоните ${SCAM}`, [SCAM]);
    if (r() < 0.03) {
      const cts = ts + Math.floor((1 + r() * 20) * MIN);
      scamCalls.push(cts);
      ev.push({ type: 'call', ts: cts, from: to, to: SCAM, durationS: 200 });
    }
  }
  // spoofed: SIM-box senders name the bank's real hotline in a lure
  for (let i = 0; i < 600; i++) {
    const to = subscriber(Math.floor(r() * 5000));
    const ts = start + Math.floor(r() * 120 * MIN);
    sms(ts, `+7700${String(8_000_000 + Math.floor(r() * 8))}`, to, `BANK: ошибка авторизации, позвоните ${SPOOFED_HOTLINE}`, [SPOOFED_HOTLINE]);
    if (r() < 0.05) ev.push({ type: 'call', ts: ts + Math.floor((1 + r() * 20) * MIN), from: to, to: SPOOFED_HOTLINE, durationS: 100 });
  }
  // an e-mail lure: 40 strangers call a new number that never calls anyone
  for (let i = 0; i < 40; i++) {
    ev.push({ type: 'call', ts: start + Math.floor(r() * 90 * MIN), from: subscriber(Math.floor(r() * 5000)), to: EMAIL_SCAM, durationS: 150 });
  }
  // a popular person: 40 friends call, and the person calls out too
  for (let i = 0; i < 40; i++) {
    const friend = subscriber(Math.floor(r() * 5000));
    const ts = T0 + Math.floor(r() * 300 * MIN);
    ev.push({ type: 'call', ts, from: friend, to: POPULAR, durationS: 300 });
    ev.push({ type: 'call', ts: ts + 30 * MIN, from: POPULAR, to: friend, durationS: 60 });
  }
  ev.sort((a, b) => a.ts - b.ts);
  scamCalls.sort((a, b) => a - b);
  return { events: ev, scamTwentieth: scamCalls[19] ?? Number.NaN };
}

function csvField(v: string | number | undefined): string {
  if (v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Events as a CSV file with the standard header, fields quoted where needed. */
export function toCsv(events: WatchEvent[]): string {
  const rows = ['type,ts,from,to,durationS,mentioned,text'];
  for (const e of events) {
    rows.push(
      e.type === 'call'
        ? ['call', e.ts, e.from, e.to, e.durationS, '', ''].map(csvField).join(',')
        : ['sms', e.ts, e.from, e.to, '', e.mentioned?.join(';'), e.text].map(csvField).join(','),
    );
  }
  return `${rows.join('\n')}\n`;
}
