// The report as CSV (RFC 4180): comma-separated, CRLF, quoted where needed, with a UTF-8 byte order mark
// so Excel opens Cyrillic and Kazakh letters correctly.
import { reportLabels } from './labels.js';
import type { ReportLabels } from './labels.js';
import { COLUMNS, tableRow } from './table.js';
import type { ReportData, ReportLang } from './types.js';

export const BOM = '\uFEFF';

/**
 * One field. Spreadsheets run a cell starting with = + - @ as a formula, so such text gets a leading
 * apostrophe (the usual guard against CSV formula injection); numbers are left alone.
 */
export function csvField(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function reportCsv(data: ReportData, opts: { lang?: ReportLang; labels?: ReportLabels } = {}): string {
  const l = opts.labels ?? reportLabels()[opts.lang ?? 'kk'];
  const lines = [COLUMNS.map((k) => csvField(l.columns[k])).join(',')];
  for (const r of data.rows) {
    const t = tableRow(r, l);
    lines.push(COLUMNS.map((k) => csvField(t[k])).join(','));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
