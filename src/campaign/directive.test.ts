import { describe, expect, it } from 'vitest';
import type { PublicationFact } from './directive.js';
import { assignmentStatus, directiveProgress, matchesRecipients } from './directive.js';

const pub = (over: Partial<PublicationFact>): PublicationFact => ({ platform: 'telegram', lang: 'kk', submittedAt: '2026-12-10T05:00:00.000Z', late: false, withdrawn: false, ...over });

describe('directive recipients and statuses', () => {
  it('filters institutions by district and type, empty meaning all', () => {
    const lib = { district: 'Петропавл', type: 'library' };
    expect(matchesRecipients(lib, { districts: [], types: [] })).toBe(true);
    expect(matchesRecipients(lib, { districts: ['Петропавл'], types: [] })).toBe(true);
    expect(matchesRecipients(lib, { districts: ['Есіл ауданы'], types: [] })).toBe(false);
    expect(matchesRecipients(lib, { districts: [], types: ['museum', 'library'] })).toBe(true);
    expect(matchesRecipients(lib, { districts: ['Петропавл'], types: ['museum'] })).toBe(false);
  });

  it('tells no links, submitted and late apart, ignoring withdrawn links', () => {
    expect(assignmentStatus([])).toBe('none');
    expect(assignmentStatus([pub({ withdrawn: true })])).toBe('none');
    expect(assignmentStatus([pub({ late: true })])).toBe('late');
    expect(assignmentStatus([pub({ late: true }), pub({})])).toBe('submitted');
    expect(assignmentStatus([pub({ late: true }), pub({ withdrawn: true })])).toBe('late');
  });
});

describe('directive progress', () => {
  it('counts institutions, platforms and languages, and builds a cumulative day series in Almaty time', () => {
    const p = directiveProgress(
      [
        { assignmentId: 1, revoked: false, publications: [pub({ submittedAt: '2026-12-01T20:00:00.000Z' }), pub({ platform: 'site', lang: 'ru', submittedAt: '2026-12-02T04:00:00.000Z' })] },
        { assignmentId: 2, revoked: false, publications: [pub({ platform: 'instagram', lang: null, submittedAt: '2026-12-04T10:00:00.000Z', late: true })] },
        { assignmentId: 3, revoked: false, publications: [pub({ withdrawn: true })] },
        { assignmentId: 4, revoked: true, publications: [pub({})] },
      ],
      '2026-12-03T13:00:00.000Z',
      Date.parse('2026-12-01T06:00:00.000Z'),
      Date.parse('2026-12-04T12:00:00.000Z'),
    );
    expect(p).toMatchObject({ institutions: 3, submitted: 1, late: 1, none: 1, publications: 3, deadlineDay: '2026-12-03' });
    expect(p.done).toBeCloseTo(2 / 3);
    expect(p.perPlatform).toEqual({ telegram: 1, site: 1, instagram: 1 });
    expect(p.perLang).toEqual({ kk: 1, ru: 1, unknown: 1 });
    // 20:00Z on Dec 1 is already Dec 2 in Almaty
    expect(p.timeline).toEqual([
      { day: '2026-12-01', institutions: 0, publications: 0 },
      { day: '2026-12-02', institutions: 1, publications: 2 },
      { day: '2026-12-03', institutions: 1, publications: 2 },
      { day: '2026-12-04', institutions: 2, publications: 3 },
    ]);
  });

  it('has zero progress and a series up to the deadline when nothing was sent', () => {
    const p = directiveProgress([], '2026-12-03T13:00:00.000Z', Date.parse('2026-12-01T06:00:00.000Z'), Date.parse('2026-12-01T07:00:00.000Z'));
    expect(p.done).toBe(0);
    expect(p.timeline.map((d) => d.day)).toEqual(['2026-12-01', '2026-12-02', '2026-12-03']);
  });
});
