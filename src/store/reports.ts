// Scam reports from citizens: add (deduplicated by number + message), list for moderation, decide,
// and the approved totals that number lookups show.
import type { Kysely, Selectable } from 'kysely';
import type { Database, ScamReportsTable } from './schema.js';

export const CHANNELS = ['sms', 'call', 'messenger', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];
export const STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ReportStatus = (typeof STATUSES)[number];

export interface NewReport {
  dedupeKey: string;
  numberKey: string | null;
  numberKind: string | null;
  text: string | null;
  textHash: string | null;
  channel: Channel;
  note: string | null;
}

export interface Report {
  id: number;
  numberKey: string | null;
  numberKind: string | null;
  text: string | null;
  channel: Channel;
  note: string | null;
  count: number;
  status: ReportStatus;
  firstReportedAt: string;
  lastReportedAt: string;
  decidedAt: string | null;
  decidedBy: number | null;
}

export interface ReportedStats {
  /** Approved distinct reports (number + message pairs). */
  reports: number;
  /** How many times they were reported in all. */
  times: number;
  first: string | null;
  last: string | null;
}

function asChannel(v: string): Channel {
  return (CHANNELS as readonly string[]).includes(v) ? (v as Channel) : 'sms';
}

function asStatus(v: string): ReportStatus {
  return (STATUSES as readonly string[]).includes(v) ? (v as ReportStatus) : 'pending';
}

function toReport(r: Selectable<ScamReportsTable>): Report {
  return {
    id: r.id,
    numberKey: r.number_key,
    numberKind: r.number_kind,
    text: r.text,
    channel: asChannel(r.channel),
    note: r.note,
    count: r.count,
    status: asStatus(r.status),
    firstReportedAt: r.first_reported_at,
    lastReportedAt: r.last_reported_at,
    decidedAt: r.decided_at,
    decidedBy: r.decided_by,
  };
}

/** Stores a report, or counts it again when the same number and message were reported before. */
export async function addReport(db: Kysely<Database>, r: NewReport, now: string): Promise<{ report: Report; duplicate: boolean }> {
  await db
    .insertInto('scam_reports')
    .values({
      dedupe_key: r.dedupeKey,
      number_key: r.numberKey,
      number_kind: r.numberKind,
      text: r.text,
      text_hash: r.textHash,
      channel: r.channel,
      note: r.note,
      first_reported_at: now,
      last_reported_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.column('dedupe_key').doUpdateSet((eb) => ({
        count: eb(eb.ref('scam_reports.count'), '+', 1),
        last_reported_at: now,
        updated_at: now,
        note: eb.fn.coalesce(eb.ref('scam_reports.note'), eb.ref('excluded.note')),
      })),
    )
    .execute();
  const row = await db.selectFrom('scam_reports').selectAll().where('dedupe_key', '=', r.dedupeKey).executeTakeFirstOrThrow();
  const report = toReport(row);
  return { report, duplicate: report.count > 1 };
}

export async function getReport(db: Kysely<Database>, id: number): Promise<Report | undefined> {
  const row = await db.selectFrom('scam_reports').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toReport(row) : undefined;
}

/** Reports for the moderation queue, most recently reported first. */
export async function listReports(db: Kysely<Database>, opts: { status?: ReportStatus; limit: number; offset?: number }): Promise<Report[]> {
  let q = db.selectFrom('scam_reports').selectAll();
  if (opts.status) q = q.where('status', '=', opts.status);
  const rows = await q.orderBy('last_reported_at', 'desc').orderBy('id', 'desc').limit(opts.limit).offset(opts.offset ?? 0).execute();
  return rows.map(toReport);
}

export async function countReports(db: Kysely<Database>): Promise<Record<ReportStatus, number>> {
  const rows = await db.selectFrom('scam_reports').select(['status', (eb) => eb.fn.countAll<string | number>().as('n')]).groupBy('status').execute();
  const out: Record<ReportStatus, number> = { pending: 0, approved: 0, rejected: 0 };
  for (const r of rows) out[asStatus(r.status)] = Number(r.n);
  return out;
}

/** Approves or rejects a report; returns the updated report, or undefined when there is none. */
export async function decideReport(db: Kysely<Database>, id: number, status: Exclude<ReportStatus, 'pending'>, userId: number, now: string): Promise<Report | undefined> {
  await db.updateTable('scam_reports').set({ status, decided_at: now, decided_by: userId, updated_at: now }).where('id', '=', id).execute();
  return getReport(db, id);
}

/** What approved reports say about a number. */
export async function reportedStats(db: Kysely<Database>, numberKey: string): Promise<ReportedStats> {
  const row = await db
    .selectFrom('scam_reports')
    .select((eb) => [
      eb.fn.countAll<string | number>().as('reports'),
      eb.fn.sum<string | number | null>('count').as('times'),
      eb.fn.min<string | null>('first_reported_at').as('first'),
      eb.fn.max<string | null>('last_reported_at').as('last'),
    ])
    .where('number_key', '=', numberKey)
    .where('status', '=', 'approved')
    .executeTakeFirstOrThrow();
  return { reports: Number(row.reports), times: Number(row.times ?? 0), first: row.first, last: row.last };
}
