// Reminders in the database: the rules per directive, what the planner needs (open directives, their
// assignments and what was already sent), and the reminders table that is both outbox and sent log.
// A reminder is claimed by inserting its row under the unique key (directive, rule, assignment) before
// anything is sent, so no restart, second instance or repeated tick sends it twice.
import type { Kysely } from 'kysely';
import { DEFAULT_POLICY } from '../campaign/reminders/plan.js';
import type { PlanAssignment, ReminderPolicy, SentReminder } from '../campaign/reminders/plan.js';
import type { Database } from './schema.js';

export type ReminderStatus = 'outbox' | 'sending' | 'sent' | 'failed' | 'no_address' | 'done' | 'interrupted';

export async function getPolicy(db: Kysely<Database>, directiveId: number): Promise<ReminderPolicy> {
  const r = await db.selectFrom('reminder_policies').selectAll().where('directive_id', '=', directiveId).executeTakeFirst();
  if (!r) return { ...DEFAULT_POLICY, daysBefore: [...DEFAULT_POLICY.daysBefore] };
  return { daysBefore: JSON.parse(r.days_before) as number[], cap: r.cap, minGapHours: r.min_gap_hours, sendHour: r.send_hour, enabled: r.enabled === 1 };
}

export async function setPolicy(db: Kysely<Database>, directiveId: number, p: ReminderPolicy, now: string): Promise<void> {
  const values = { days_before: JSON.stringify(p.daysBefore), cap: p.cap, min_gap_hours: p.minGapHours, send_hour: p.sendHour, enabled: p.enabled ? 1 : 0, updated_at: now };
  await db
    .insertInto('reminder_policies')
    .values({ directive_id: directiveId, ...values })
    .onConflict((oc) => oc.column('directive_id').doUpdateSet(values))
    .execute();
}

export interface OpenDirective {
  id: number;
  title: string;
  deadline: string;
  createdAt: string;
}

/** Directives whose deadline is still ahead. */
export async function openDirectives(db: Kysely<Database>, now: string): Promise<OpenDirective[]> {
  return db.selectFrom('directives').select(['id', 'title', 'deadline', 'created_at as createdAt']).where('deadline', '>', now).orderBy('id').execute();
}

export interface ReminderTarget extends PlanAssignment {
  institution: { kk: string; ru: string };
  email: string | null;
  tokenSealed: string;
}

/** The directive's assignments with whether each already has a live verified link. */
export async function reminderTargets(db: Kysely<Database>, directiveId: number): Promise<ReminderTarget[]> {
  const rows = await db
    .selectFrom('assignments')
    .innerJoin('institutions', 'institutions.id', 'assignments.institution_id')
    .select(['assignments.id as id', 'assignments.revoked_at as revokedAt', 'assignments.token_sealed as tokenSealed', 'institutions.name_kk as kk', 'institutions.name_ru as ru', 'institutions.email as email'])
    .where('assignments.directive_id', '=', directiveId)
    .orderBy('assignments.id')
    .execute();
  const verified = new Set(
    (
      await db
        .selectFrom('publications')
        .innerJoin('assignments', 'assignments.id', 'publications.assignment_id')
        .select('publications.assignment_id as id')
        .where('assignments.directive_id', '=', directiveId)
        .where('publications.verify_status', '=', 'verified')
        .where('publications.withdrawn_at', 'is', null)
        .execute()
    ).map((r) => r.id),
  );
  return rows.map((r) => ({
    assignmentId: r.id,
    revoked: r.revokedAt !== null,
    hasVerifiedLink: verified.has(r.id),
    institution: { kk: r.kk, ru: r.ru },
    email: r.email,
    tokenSealed: r.tokenSealed,
  }));
}

/** What was already claimed for the directive; failed attempts do not count towards the cap or the gap. */
export async function sentLog(db: Kysely<Database>, directiveId: number): Promise<SentReminder[]> {
  const rows = await db
    .selectFrom('reminders')
    .select(['assignment_id', 'rule', 'status', 'created_at', 'sent_at'])
    .where('directive_id', '=', directiveId)
    .where('status', '!=', 'failed')
    .execute();
  return rows.map((r) => ({ assignmentId: r.assignment_id, ruleId: r.rule, at: r.sent_at ?? r.created_at }));
}

export interface NewReminder {
  directiveId: number;
  assignmentId: number;
  rule: string;
  fireAt: string;
  toEmail: string | null;
  subject: string;
  body: string;
  channel: 'smtp' | 'outbox';
  status: ReminderStatus;
}

/** Inserts the reminder unless one exists for its (directive, rule, assignment); its id when this call won. */
export async function claimReminder(db: Kysely<Database>, r: NewReminder, now: string): Promise<number | undefined> {
  const row = await db
    .insertInto('reminders')
    .values({
      directive_id: r.directiveId,
      assignment_id: r.assignmentId,
      rule: r.rule,
      fire_at: r.fireAt,
      to_email: r.toEmail,
      subject: r.subject,
      body: r.body,
      channel: r.channel,
      status: r.status,
      created_at: now,
      sent_at: r.status === 'outbox' || r.status === 'no_address' ? now : null,
      updated_at: now,
    })
    .onConflict((oc) => oc.columns(['directive_id', 'rule', 'assignment_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/**
 * Takes a failed reminder for another attempt (status failed → sending, only for the caller that wins).
 */
export async function claimRetry(db: Kysely<Database>, id: number, now: string): Promise<boolean> {
  const res = await db.updateTable('reminders').set({ status: 'sending', updated_at: now }).where('id', '=', id).where('status', '=', 'failed').executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function finishReminder(db: Kysely<Database>, id: number, outcome: { ok: true } | { ok: false; error: string }, now: string): Promise<void> {
  await db
    .updateTable('reminders')
    .set((eb) => ({
      status: outcome.ok ? 'sent' : 'failed',
      sent_at: outcome.ok ? now : null,
      error: outcome.ok ? null : outcome.error.slice(0, 500),
      attempts: eb('attempts', '+', 1),
      updated_at: now,
    }))
    .where('id', '=', id)
    .execute();
}

export interface RetryCandidate {
  id: number;
  toEmail: string | null;
  subject: string;
  body: string;
}

/** Failed SMTP reminders of directives still open, with attempts left, whose last try was before `triedBefore`. */
export async function failedReminders(db: Kysely<Database>, now: string, maxAttempts: number, triedBefore: string): Promise<RetryCandidate[]> {
  return db
    .selectFrom('reminders')
    .innerJoin('directives', 'directives.id', 'reminders.directive_id')
    .select(['reminders.id as id', 'reminders.to_email as toEmail', 'reminders.subject as subject', 'reminders.body as body'])
    .where('reminders.status', '=', 'failed')
    .where('reminders.attempts', '<', maxAttempts)
    .where('reminders.updated_at', '<', triedBefore)
    .where('directives.deadline', '>', now)
    .orderBy('reminders.id')
    .execute();
}

/**
 * Reminders left "sending" since before `staleBefore`: the process stopped mid-send, so whether the
 * server took the message is unknown. They become "interrupted" and are not sent again on their own
 * (never twice beats always once); the authority sees them and can send them by hand.
 */
export async function markInterrupted(db: Kysely<Database>, staleBefore: string, now: string): Promise<number> {
  const res = await db
    .updateTable('reminders')
    .set({ status: 'interrupted', error: 'the server stopped while sending; delivery unknown', updated_at: now })
    .where('status', '=', 'sending')
    .where('updated_at', '<', staleBefore)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** An outbox message the authority sent by hand. */
export async function markDone(db: Kysely<Database>, id: number, now: string): Promise<boolean> {
  const res = await db.updateTable('reminders').set({ status: 'done', updated_at: now }).where('id', '=', id).where('status', 'in', ['outbox', 'no_address', 'failed', 'interrupted']).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export interface ReminderView {
  id: number;
  directiveId: number;
  directiveTitle: string;
  institution: { kk: string; ru: string };
  rule: string;
  fireAt: string;
  toEmail: string | null;
  subject: string;
  body: string;
  channel: string;
  status: string;
  attempts: number;
  error: string | null;
  createdAt: string;
  sentAt: string | null;
}

export async function listReminders(db: Kysely<Database>, opts: { directiveId?: number | undefined; limit?: number } = {}): Promise<ReminderView[]> {
  let q = db
    .selectFrom('reminders')
    .innerJoin('directives', 'directives.id', 'reminders.directive_id')
    .innerJoin('assignments', 'assignments.id', 'reminders.assignment_id')
    .innerJoin('institutions', 'institutions.id', 'assignments.institution_id')
    .select([
      'reminders.id as id',
      'reminders.directive_id as directiveId',
      'directives.title as directiveTitle',
      'institutions.name_kk as kk',
      'institutions.name_ru as ru',
      'reminders.rule as rule',
      'reminders.fire_at as fireAt',
      'reminders.to_email as toEmail',
      'reminders.subject as subject',
      'reminders.body as body',
      'reminders.channel as channel',
      'reminders.status as status',
      'reminders.attempts as attempts',
      'reminders.error as error',
      'reminders.created_at as createdAt',
      'reminders.sent_at as sentAt',
    ]);
  if (opts.directiveId !== undefined) q = q.where('reminders.directive_id', '=', opts.directiveId);
  const rows = await q.orderBy('reminders.id', 'desc').limit(opts.limit ?? 500).execute();
  return rows.map(({ kk, ru, ...r }) => ({ ...r, institution: { kk, ru } }));
}
