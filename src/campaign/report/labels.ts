// The report's column names, statuses and cover letter text (data/presskit/report.json), checked on load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { SaqbolError } from '../../errors.js';
import { DATA_DIR } from '../../paths.js';
import type { ReportLang } from './types.js';

const S = Type.String({ minLength: 1 });
const Dict = Type.Record(Type.String(), S);

export const ReportLabelsSchema = Type.Object({
  columns: Type.Object({
    n: S,
    institutionKk: S,
    institutionRu: S,
    institution: S,
    district: S,
    platform: S,
    url: S,
    lang: S,
    submittedAt: S,
    late: S,
    status: S,
    evidenceSha256: S,
    checkedAt: S,
    publications: S,
    institutions: S,
    platforms: S,
    first: S,
    last: S,
  }),
  sheets: Type.Object({
    publications: Type.String({ minLength: 1, maxLength: 31, pattern: '^[^\\\\/?*\\[\\]:]+$' }),
    byInstitution: Type.String({ minLength: 1, maxLength: 31, pattern: '^[^\\\\/?*\\[\\]:]+$' }),
    byPlatform: Type.String({ minLength: 1, maxLength: 31, pattern: '^[^\\\\/?*\\[\\]:]+$' }),
  }),
  total: S,
  yes: S,
  no: S,
  timeZone: S,
  langs: Dict,
  platforms: Dict,
  statuses: Dict,
  letter: Type.Object({ title: S, directive: S, summary: S, listIntro: S, lateMark: S, appendix: S, generated: S }),
});
export type ReportLabels = Static<typeof ReportLabelsSchema>;
export type AllReportLabels = Record<ReportLang, ReportLabels>;

export function parseReportLabels(raw: unknown): AllReportLabels {
  const out = {} as AllReportLabels;
  for (const lang of ['kk', 'ru', 'en'] as const) {
    const v = (raw as Record<string, unknown> | null)?.[lang];
    if (!Value.Check(ReportLabelsSchema, v)) {
      const first = Value.Errors(ReportLabelsSchema, v).First();
      throw new SaqbolError('bad_config', { detail: `presskit/report.json ${lang}${first?.path ?? ''}: ${first?.message ?? 'missing'}` });
    }
    out[lang] = v;
  }
  return out;
}

let cached: AllReportLabels | undefined;

/** The reviewed labels, read once. */
export function reportLabels(): AllReportLabels {
  cached ??= parseReportLabels(JSON.parse(readFileSync(join(DATA_DIR, 'presskit', 'report.json'), 'utf8')));
  return cached;
}
