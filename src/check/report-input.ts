// Turns what a person typed into a storable report: the number normalized, the message hashed after
// normalization (case, spacing, look-alike forms) so the same message is counted rather than stored twice.
import { createHash } from 'node:crypto';
import { normalizeNumber } from '../phones/normalize.js';
import type { Channel, NewReport } from '../store/reports.js';

export const REPORT_LIMITS = { text: 5000, note: 2000, number: 40 } as const;

export interface ReportInput {
  number?: string | undefined;
  text?: string | undefined;
  channel: Channel;
  note?: string | undefined;
}

export type PreparedReport = { ok: true; report: NewReport } | { ok: false; problem: 'empty' | 'invalid_phone' };

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

/** The form of a message that identifies it: NFKC, lower case, single spaces. */
export function normalizeReportText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

function clean(s: string | undefined): string | null {
  const t = s?.trim();
  return t === undefined || t === '' ? null : t;
}

export function prepareReport(input: ReportInput): PreparedReport {
  const rawNumber = clean(input.number);
  const text = clean(input.text);
  if (!rawNumber && !text) return { ok: false, problem: 'empty' };
  const number = rawNumber ? normalizeNumber(rawNumber) : null;
  if (rawNumber && !number) return { ok: false, problem: 'invalid_phone' };
  const textHash = text ? sha256(normalizeReportText(text)) : null;
  return {
    ok: true,
    report: {
      dedupeKey: sha256(`${number?.key ?? ''}|${textHash ?? ''}`),
      numberKey: number?.key ?? null,
      numberKind: number?.kind ?? null,
      text,
      textHash,
      channel: input.channel,
      note: clean(input.note),
    },
  };
}
