// A directive: an alert sent to a set of institutions with a deadline. Who receives it, how each
// assignment stands, and the progress figures the dashboard shows — computed from plain values.
import { localDay } from './deadline.js';

export interface Recipients {
  /** Empty means every district. */
  districts: string[];
  /** Empty means every type. */
  types: string[];
}

export function matchesRecipients(inst: { district: string; type: string }, r: Recipients): boolean {
  return (r.districts.length === 0 || r.districts.includes(inst.district)) && (r.types.length === 0 || r.types.includes(inst.type));
}

/** "none": no live link yet; "submitted": at least one on time; "late": live links, all after the deadline. */
export type AssignmentStatus = 'none' | 'submitted' | 'late';

export interface PublicationFact {
  platform: string;
  lang: string | null;
  submittedAt: string;
  late: boolean;
  withdrawn: boolean;
}

export function assignmentStatus(pubs: PublicationFact[]): AssignmentStatus {
  const live = pubs.filter((p) => !p.withdrawn);
  if (live.length === 0) return 'none';
  return live.some((p) => !p.late) ? 'submitted' : 'late';
}

export interface AssignmentFacts {
  assignmentId: number;
  revoked: boolean;
  publications: PublicationFact[];
}

export interface Progress {
  institutions: number;
  submitted: number;
  late: number;
  none: number;
  /** Share of institutions with at least one live link, 0..1. */
  done: number;
  publications: number;
  perPlatform: Record<string, number>;
  perLang: Record<string, number>;
  /** Per day in the region's zone: institutions that had submitted by the end of that day (cumulative). */
  timeline: { day: string; institutions: number; publications: number }[];
  deadlineDay: string;
}

/** Progress of one directive; revoked assignments are not counted. Days run from `fromMs` to max(now, deadline). */
export function directiveProgress(assignments: AssignmentFacts[], deadlineIso: string, fromMs: number, nowMs: number): Progress {
  const live = assignments.filter((a) => !a.revoked);
  const counts = { submitted: 0, late: 0, none: 0 };
  const perPlatform: Record<string, number> = {};
  const perLang: Record<string, number> = {};
  const firstByInstitution: number[] = [];
  const pubTimes: number[] = [];
  for (const a of live) {
    const status = assignmentStatus(a.publications);
    counts[status]++;
    let first = Infinity;
    for (const p of a.publications) {
      if (p.withdrawn) continue;
      perPlatform[p.platform] = (perPlatform[p.platform] ?? 0) + 1;
      const lang = p.lang ?? 'unknown';
      perLang[lang] = (perLang[lang] ?? 0) + 1;
      const t = Date.parse(p.submittedAt);
      pubTimes.push(t);
      first = Math.min(first, t);
    }
    if (first !== Infinity) firstByInstitution.push(first);
  }
  const deadlineMs = Date.parse(deadlineIso);
  const endMs = Math.max(nowMs, deadlineMs);
  const timeline: Progress['timeline'] = [];
  const days: string[] = [];
  for (let t = fromMs; ; t += 86_400_000) {
    const day = localDay(Math.min(t, endMs));
    if (days[days.length - 1] !== day) days.push(day);
    if (t >= endMs) break;
    if (days.length > 400) break;
  }
  for (const day of days) {
    timeline.push({
      day,
      institutions: firstByInstitution.filter((t) => localDay(t) <= day).length,
      publications: pubTimes.filter((t) => localDay(t) <= day).length,
    });
  }
  const n = live.length;
  return {
    institutions: n,
    ...counts,
    done: n === 0 ? 0 : (counts.submitted + counts.late) / n,
    publications: pubTimes.length,
    perPlatform,
    perLang,
    timeline,
    deadlineDay: localDay(deadlineMs),
  };
}
