// The reminder planner: given a directive, its rules, the assignments with their publication state and
// what was already sent, which reminders are due now. Pure: the clock comes in as `now`.
import { REGION_TZ, localDay, localToUtc } from '../deadline.js';

export interface ReminderPolicy {
  /** One rule per entry: days before the deadline, 0 being the deadline day itself. */
  daysBefore: number[];
  /** At most this many reminders to one institution for one directive. */
  cap: number;
  /** At least this long between two reminders to one institution. */
  minGapHours: number;
  /** The local hour (Asia/Almaty) a rule's reminders go out on their day. */
  sendHour: number;
  enabled: boolean;
}

export const DEFAULT_POLICY: ReminderPolicy = { daysBefore: [7, 3, 1, 0], cap: 4, minGapHours: 12, sendHour: 10, enabled: true };

export const MAX_DAYS_BEFORE = 60;

/** The stable name of a rule, part of the sent log's unique key. */
export function ruleId(daysBefore: number): string {
  return `d${daysBefore}`;
}

export interface PlanDirective {
  id: number;
  /** UTC ISO. */
  deadline: string;
  /** UTC ISO: rules whose time had passed when the directive was issued are not sent. */
  createdAt: string;
}

export interface PlanAssignment {
  assignmentId: number;
  revoked: boolean;
  /** At least one live (not withdrawn) publication whose link was verified. */
  hasVerifiedLink: boolean;
}

export interface SentReminder {
  assignmentId: number;
  ruleId: string;
  /** UTC ISO of when it was sent (or put in the outbox). */
  at: string;
}

export interface PlanInput {
  directive: PlanDirective;
  policy: ReminderPolicy;
  assignments: PlanAssignment[];
  sent: SentReminder[];
  now: number;
}

export interface DueReminder {
  directiveId: number;
  assignmentId: number;
  ruleId: string;
  daysBefore: number;
  /** UTC ISO of when the rule fired. */
  fireAt: string;
}

const HOUR = 3_600_000;
const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * When the rule "N days before" fires: at `sendHour` local time on the N-th local day before the
 * deadline's day, but never later than one hour before the deadline (a deadline at 09:00 still gets its
 * same-day reminder, at 08:00).
 */
export function fireTime(deadlineIso: string, daysBefore: number, sendHour: number, tz = REGION_TZ): number {
  const deadline = Date.parse(deadlineIso);
  const [y, m, d] = localDay(deadline, tz).split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d - daysBefore));
  const local = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}T${pad(sendHour)}:00`;
  const at = Date.parse(localToUtc(local, tz) ?? new Date(deadline).toISOString());
  return Math.min(at, deadline - HOUR);
}

/**
 * The reminders due at `now`. Only the latest rule that has fired counts: after downtime the
 * institution gets the current reminder, not a burst of the ones missed. Nothing goes out after the
 * deadline, to a revoked assignment, to an institution with a verified link, twice for the same rule,
 * past the cap, or sooner than the minimum gap after the previous one.
 */
export function planReminders(input: PlanInput): DueReminder[] {
  const { directive, policy, now } = input;
  const deadline = Date.parse(directive.deadline);
  if (!policy.enabled || now >= deadline) return [];
  const created = Date.parse(directive.createdAt);
  const rules = [...new Set(policy.daysBefore)]
    .filter((n) => Number.isInteger(n) && n >= 0 && n <= MAX_DAYS_BEFORE)
    .map((n) => ({ daysBefore: n, id: ruleId(n), at: fireTime(directive.deadline, n, policy.sendHour) }))
    .filter((r) => r.at <= now && r.at >= created)
    .sort((a, b) => a.at - b.at);
  const rule = rules.at(-1);
  if (!rule) return [];
  const byAssignment = new Map<number, SentReminder[]>();
  for (const s of input.sent) {
    const list = byAssignment.get(s.assignmentId) ?? [];
    list.push(s);
    byAssignment.set(s.assignmentId, list);
  }
  const due: DueReminder[] = [];
  for (const a of input.assignments) {
    if (a.revoked || a.hasVerifiedLink) continue;
    const mine = byAssignment.get(a.assignmentId) ?? [];
    if (mine.some((s) => s.ruleId === rule.id)) continue;
    if (mine.length >= policy.cap) continue;
    const last = Math.max(...mine.map((s) => Date.parse(s.at)));
    if (mine.length > 0 && now - last < policy.minGapHours * HOUR) continue;
    due.push({ directiveId: directive.id, assignmentId: a.assignmentId, ruleId: rule.id, daysBefore: rule.daysBefore, fireAt: new Date(rule.at).toISOString() });
  }
  return due;
}
