// What every report format shares: cell values in one language, Almaty times, and the summaries
// per institution and per platform.
import { fill } from '../presskit/fill.js';
import { REGION_TZ, formatLocal, zoneOffsetMs } from '../deadline.js';
import type { ReportLabels } from './labels.js';
import type { ReportData, ReportLang, ReportRow } from './types.js';

export { REGION_TZ };

/** "22.12.2026 18:00", Almaty wall-clock time. */
export function localTime(iso: string): string {
  return formatLocal(iso, REGION_TZ);
}

/** A Date whose UTC fields are the Almaty wall-clock time: spreadsheets have no zones, so they show these. */
export function sheetDate(iso: string): Date {
  const ms = Date.parse(iso);
  return new Date(ms + zoneOffsetMs(ms, REGION_TZ));
}

export function platformName(l: ReportLabels, code: string): string {
  return l.platforms[code] ?? code;
}

export function statusName(l: ReportLabels, code: string): string {
  return l.statuses[code] ?? code;
}

export function langName(l: ReportLabels, code: string | null): string {
  return code === null ? '' : (l.langs[code] ?? code);
}

/** The institution's name in the report's language (English reports use the Russian name). */
export function institutionName(inst: { kk: string; ru: string }, lang: ReportLang): string {
  return lang === 'kk' ? inst.kk : inst.ru;
}

/** Only web links become clickable; anything else is shown as text. */
export function isWebLink(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

export function text(template: string, values: Record<string, string | number>): string {
  const v: Record<string, string> = {};
  for (const [k, x] of Object.entries(values)) v[k] = String(x);
  return fill(template, v) ?? template;
}

/** The publications table, one row per publication, as strings in one language. */
export interface TableRow {
  n: number;
  institutionKk: string;
  institutionRu: string;
  district: string;
  platform: string;
  url: string;
  lang: string;
  submittedAt: string;
  late: string;
  status: string;
  evidenceSha256: string;
  checkedAt: string;
}

export const COLUMNS = ['n', 'institutionKk', 'institutionRu', 'district', 'platform', 'url', 'lang', 'submittedAt', 'late', 'status', 'evidenceSha256', 'checkedAt'] as const satisfies readonly (keyof TableRow)[];

export function tableRow(row: ReportRow, l: ReportLabels): TableRow {
  return {
    n: row.n,
    institutionKk: row.institution.kk,
    institutionRu: row.institution.ru,
    district: row.district,
    platform: platformName(l, row.platform),
    url: row.url,
    lang: langName(l, row.lang),
    submittedAt: localTime(row.submittedAt),
    late: row.late ? l.yes : l.no,
    status: statusName(l, row.status),
    evidenceSha256: row.evidenceSha256 ?? '',
    checkedAt: row.checkedAt ? localTime(row.checkedAt) : '',
  };
}

export interface InstitutionSummary {
  institution: { kk: string; ru: string };
  district: string;
  rows: ReportRow[];
  late: number;
  platforms: string[];
  first: string;
  last: string;
}

/** Rows grouped by institution, in the order institutions first appear. */
export function byInstitution(data: ReportData): InstitutionSummary[] {
  const groups = new Map<string, InstitutionSummary>();
  for (const row of data.rows) {
    const key = JSON.stringify([row.institution.kk, row.institution.ru, row.district]);
    let g = groups.get(key);
    if (!g) {
      g = { institution: row.institution, district: row.district, rows: [], late: 0, platforms: [], first: row.submittedAt, last: row.submittedAt };
      groups.set(key, g);
    }
    g.rows.push(row);
    if (row.late) g.late++;
    if (!g.platforms.includes(row.platform)) g.platforms.push(row.platform);
    if (Date.parse(row.submittedAt) < Date.parse(g.first)) g.first = row.submittedAt;
    if (Date.parse(row.submittedAt) > Date.parse(g.last)) g.last = row.submittedAt;
  }
  return [...groups.values()];
}

export interface PlatformSummary {
  platform: string;
  publications: number;
  institutions: number;
  late: number;
}

/** Counts per platform, most publications first. */
export function byPlatform(data: ReportData): PlatformSummary[] {
  const m = new Map<string, { publications: number; institutions: Set<string>; late: number }>();
  for (const row of data.rows) {
    let s = m.get(row.platform);
    if (!s) {
      s = { publications: 0, institutions: new Set(), late: 0 };
      m.set(row.platform, s);
    }
    s.publications++;
    s.institutions.add(JSON.stringify([row.institution.kk, row.institution.ru, row.district]));
    if (row.late) s.late++;
  }
  return [...m.entries()]
    .map(([platform, s]) => ({ platform, publications: s.publications, institutions: s.institutions.size, late: s.late }))
    .sort((a, b) => b.publications - a.publications || a.platform.localeCompare(b.platform));
}

export interface Totals {
  institutions: number;
  publications: number;
  late: number;
}

export function totals(data: ReportData): Totals {
  return { institutions: byInstitution(data).length, publications: data.rows.length, late: data.rows.filter((r) => r.late).length };
}
