// The report as XLSX: one row per publication, and summary sheets per institution and per platform.
import ExcelJS from 'exceljs';
import { reportLabels } from './labels.js';
import type { ReportLabels } from './labels.js';
import { COLUMNS, byInstitution, byPlatform, institutionName, isWebLink, langName, platformName, sheetDate, statusName, totals } from './table.js';
import type { ReportData, ReportLang } from './types.js';

const DATE_FMT = 'dd.mm.yyyy hh:mm';
const WIDTHS: Record<(typeof COLUMNS)[number], number> = {
  n: 6,
  institutionKk: 40,
  institutionRu: 40,
  district: 18,
  platform: 14,
  url: 50,
  lang: 12,
  submittedAt: 18,
  late: 12,
  status: 22,
  evidenceSha256: 24,
  checkedAt: 18,
};

function header(ws: ExcelJS.Worksheet, names: string[]): void {
  const row = ws.addRow(names);
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

function publications(wb: ExcelJS.Workbook, data: ReportData, l: ReportLabels): void {
  const ws = wb.addWorksheet(l.sheets.publications);
  ws.columns = COLUMNS.map((key) => ({ key, width: WIDTHS[key] }));
  header(ws, COLUMNS.map((k) => l.columns[k]));
  for (const r of data.rows) {
    const row = ws.addRow({
      n: r.n,
      institutionKk: r.institution.kk,
      institutionRu: r.institution.ru,
      district: r.district,
      platform: platformName(l, r.platform),
      url: isWebLink(r.url) ? { text: r.url, hyperlink: r.url } : r.url,
      lang: langName(l, r.lang),
      submittedAt: sheetDate(r.submittedAt),
      late: r.late ? l.yes : l.no,
      status: statusName(l, r.status),
      evidenceSha256: r.evidenceSha256 ?? '',
      checkedAt: r.checkedAt ? sheetDate(r.checkedAt) : '',
    });
    row.getCell('submittedAt').numFmt = DATE_FMT;
    row.getCell('checkedAt').numFmt = DATE_FMT;
    if (isWebLink(r.url)) row.getCell('url').font = { color: { argb: 'FF0563C1' }, underline: true };
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  ws.addRow([]);
  ws.addRow([l.timeZone]).font = { italic: true };
}

function perInstitution(wb: ExcelJS.Workbook, data: ReportData, l: ReportLabels, lang: ReportLang): void {
  const ws = wb.addWorksheet(l.sheets.byInstitution);
  ws.columns = [{ width: 6 }, { width: 44 }, { width: 18 }, { width: 14 }, { width: 14 }, { width: 36 }, { width: 18 }, { width: 18 }];
  const c = l.columns;
  header(ws, [c.n, c.institution, c.district, c.publications, c.late, c.platforms, c.first, c.last]);
  byInstitution(data).forEach((g, i) => {
    const row = ws.addRow([
      i + 1,
      institutionName(g.institution, lang),
      g.district,
      g.rows.length,
      g.late,
      g.platforms.map((p) => platformName(l, p)).join(', '),
      sheetDate(g.first),
      sheetDate(g.last),
    ]);
    row.getCell(7).numFmt = DATE_FMT;
    row.getCell(8).numFmt = DATE_FMT;
  });
  const t = totals(data);
  ws.addRow(['', `${l.total}: ${t.institutions}`, '', t.publications, t.late]).font = { bold: true };
}

function perPlatform(wb: ExcelJS.Workbook, data: ReportData, l: ReportLabels): void {
  const ws = wb.addWorksheet(l.sheets.byPlatform);
  ws.columns = [{ width: 20 }, { width: 14 }, { width: 14 }, { width: 14 }];
  const c = l.columns;
  header(ws, [c.platform, c.publications, c.institutions, c.late]);
  for (const p of byPlatform(data)) ws.addRow([platformName(l, p.platform), p.publications, p.institutions, p.late]);
  const t = totals(data);
  ws.addRow([l.total, t.publications, t.institutions, t.late]).font = { bold: true };
}

/** The XLSX workbook; names of institutions are given in both languages, the rest in `lang`. */
export async function reportXlsx(data: ReportData, opts: { lang?: ReportLang; labels?: ReportLabels } = {}): Promise<Buffer> {
  const lang = opts.lang ?? 'kk';
  const l = opts.labels ?? reportLabels()[lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'saqbol';
  wb.title = institutionName(data.directive.title, lang);
  wb.created = new Date(Date.parse(data.generatedAt));
  wb.modified = wb.created;
  publications(wb, data, l);
  perInstitution(wb, data, l, lang);
  perPlatform(wb, data, l);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
