import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, fireTime, planReminders } from './plan.js';
import type { PlanInput, SentReminder } from './plan.js';

// Deadline 22 Dec 2026 18:00 in Almaty (UTC+5) = 13:00 UTC.
const DEADLINE = '2026-12-22T13:00:00.000Z';
const directive = { id: 7, deadline: DEADLINE, createdAt: '2026-12-01T04:00:00.000Z' };
const assignments = [
  { assignmentId: 1, revoked: false, hasVerifiedLink: false },
  { assignmentId: 2, revoked: false, hasVerifiedLink: true },
  { assignmentId: 3, revoked: true, hasVerifiedLink: false },
  { assignmentId: 4, revoked: false, hasVerifiedLink: false },
];
const at = (iso: string): number => Date.parse(iso);

function input(now: string, sent: SentReminder[] = [], over: Partial<PlanInput> = {}): PlanInput {
  return { directive, policy: DEFAULT_POLICY, assignments, sent, now: at(now), ...over };
}

describe('fireTime', () => {
  it('fires at 10:00 Almaty time on the N-th local day before the deadline day', () => {
    expect(new Date(fireTime(DEADLINE, 7, 10)).toISOString()).toBe('2026-12-15T05:00:00.000Z');
    expect(new Date(fireTime(DEADLINE, 1, 10)).toISOString()).toBe('2026-12-21T05:00:00.000Z');
    expect(new Date(fireTime(DEADLINE, 0, 10)).toISOString()).toBe('2026-12-22T05:00:00.000Z');
  });

  it('uses the local day, not the UTC day, of the deadline', () => {
    // 23 Dec 00:30 in Almaty is still 22 Dec in UTC: "1 day before" is 22 Dec local
    const late = '2026-12-22T19:30:00.000Z';
    expect(new Date(fireTime(late, 1, 10)).toISOString()).toBe('2026-12-22T05:00:00.000Z');
    expect(new Date(fireTime(late, 2, 10)).toISOString()).toBe('2026-12-21T05:00:00.000Z');
    // and the same-day one (10:00 on 23 Dec) would be after it, so it goes an hour before
    expect(new Date(fireTime(late, 0, 10)).toISOString()).toBe('2026-12-22T18:30:00.000Z');
  });

  it('keeps the same-day reminder an hour ahead of an early deadline', () => {
    const early = '2026-12-22T04:00:00.000Z'; // 09:00 Almaty
    expect(new Date(fireTime(early, 0, 10)).toISOString()).toBe('2026-12-22T03:00:00.000Z');
  });
});

describe('planReminders', () => {
  it('sends nothing before the first rule fires', () => {
    expect(planReminders(input('2026-12-15T04:59:00.000Z'))).toEqual([]);
  });

  it('reminds only institutions without a verified link whose link is not revoked', () => {
    const due = planReminders(input('2026-12-15T05:00:00.000Z'));
    expect(due).toEqual([
      { directiveId: 7, assignmentId: 1, ruleId: 'd7', daysBefore: 7, fireAt: '2026-12-15T05:00:00.000Z' },
      { directiveId: 7, assignmentId: 4, ruleId: 'd7', daysBefore: 7, fireAt: '2026-12-15T05:00:00.000Z' },
    ]);
  });

  it('never sends a rule twice to the same institution', () => {
    const sent = [{ assignmentId: 1, ruleId: 'd7', at: '2026-12-15T05:00:01.000Z' }];
    expect(planReminders(input('2026-12-16T08:00:00.000Z', sent)).map((d) => d.assignmentId)).toEqual([4]);
  });

  it('sends only the latest fired rule after downtime, not the missed ones', () => {
    const due = planReminders(input('2026-12-21T07:00:00.000Z'));
    expect(due.map((d) => d.ruleId)).toEqual(['d1', 'd1']);
  });

  it('respects the minimum gap, then sends once it has passed', () => {
    const policy = { ...DEFAULT_POLICY, daysBefore: [1, 0], minGapHours: 30 };
    const sent = [{ assignmentId: 1, ruleId: 'd1', at: '2026-12-21T05:00:00.000Z' }];
    expect(planReminders(input('2026-12-22T05:00:00.000Z', sent, { policy })).map((d) => d.assignmentId)).toEqual([4]);
    expect(planReminders(input('2026-12-22T11:00:00.000Z', sent, { policy })).map((d) => d.assignmentId)).toEqual([1, 4]);
  });

  it('stops at the cap', () => {
    const policy = { ...DEFAULT_POLICY, cap: 2 };
    const sent = [
      { assignmentId: 1, ruleId: 'd7', at: '2026-12-15T05:00:00.000Z' },
      { assignmentId: 1, ruleId: 'd3', at: '2026-12-19T05:00:00.000Z' },
    ];
    expect(planReminders(input('2026-12-21T05:00:00.000Z', sent, { policy })).map((d) => d.assignmentId)).toEqual([4]);
  });

  it('sends nothing after the deadline, or when reminders are off', () => {
    expect(planReminders(input('2026-12-22T13:00:00.000Z'))).toEqual([]);
    expect(planReminders(input('2026-12-22T06:00:00.000Z', [], { policy: { ...DEFAULT_POLICY, enabled: false } }))).toEqual([]);
  });

  it('skips rules that had already fired when the directive was issued', () => {
    const fresh = { ...directive, createdAt: '2026-12-20T06:00:00.000Z' }; // after d3, before d1
    expect(planReminders(input('2026-12-20T07:00:00.000Z', [], { directive: fresh }))).toEqual([]);
    expect(planReminders(input('2026-12-21T05:00:00.000Z', [], { directive: fresh })).map((d) => d.ruleId)).toEqual(['d1', 'd1']);
  });

  it('ignores duplicate and out-of-range rules', () => {
    const policy = { ...DEFAULT_POLICY, daysBefore: [3, 3, -1, 1.5, 999] };
    expect(planReminders(input('2026-12-20T05:00:00.000Z', [], { policy })).map((d) => d.ruleId)).toEqual(['d3', 'd3']);
  });
});
