// The consolidated report: XLSX, the DOCX cover letter, CSV, a printable HTML table and its PDF.
export { reportXlsx } from './xlsx.js';
export { reportDocx } from './docx.js';
export { reportCsv, csvField } from './csv.js';
export { reportHtml } from './html.js';
export { htmlToPdf, CHROMIUM_PATH } from './pdf.js';
export { reportLabels, parseReportLabels } from './labels.js';
export type { ReportLabels, AllReportLabels } from './labels.js';
export { byInstitution, byPlatform, totals } from './table.js';
export type * from './types.js';
