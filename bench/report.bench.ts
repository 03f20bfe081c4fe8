// Report export at the size of a large region (2,000 institutions × 5 publications): rows per second for
// XLSX and the DOCX cover letter, against CSV of the same rows as the baseline (the cheapest format).
import { reportCsv, reportDocx, reportXlsx } from '../src/campaign/report/index.js';
import type { ReportData, ReportRow } from '../src/campaign/report/index.js';
import { buildPressKit } from '../src/campaign/presskit/index.js';
import { demoAlert } from '../src/campaign/presskit/demo-alert.testkit.js';
import type { Bench, Figure } from './harness.js';
import { rate } from './harness.js';

const PLATFORMS = ['site', 'instagram', 'facebook', 'telegram', 'x'];

function data(institutions: number, perInstitution: number): ReportData {
  const rows: ReportRow[] = [];
  const start = Date.parse('2026-12-01T04:00:00.000Z');
  for (let i = 0; i < institutions; i++) {
    for (let j = 0; j < perInstitution; j++) {
      const at = start + (i * perInstitution + j) * 60_000;
      rows.push({
        n: rows.length + 1,
        institution: { kk: `Мекеме №${i + 1} кітапханасы`, ru: `Библиотека №${i + 1}` },
        district: `Аудан ${i % 13}`,
        platform: PLATFORMS[j % PLATFORMS.length]!,
        url: `https://inst${i}.example/news/${j}?utm=${i * 7 + j}`,
        lang: j % 2 === 0 ? 'kk' : 'ru',
        submittedAt: new Date(at).toISOString(),
        late: at > Date.parse('2026-12-22T13:00:00.000Z'),
        status: 'verified',
        evidenceSha256: 'ab'.repeat(32),
        checkedAt: new Date(at + 300_000).toISOString(),
      });
    }
  }
  return { directive: { title: { kk: 'Түсіндіру', ru: 'Разъяснение' }, deadline: '2026-12-22T13:00:00.000Z', issuedAt: '2026-12-01T04:00:00.000Z' }, generatedAt: '2026-12-23T04:00:00.000Z', rows };
}

const bench: Bench = {
  name: 'report',
  async run(): Promise<Figure[]> {
    const d = data(2000, 5);
    const n = d.rows.length;
    const csv = await rate(() => reportCsv(d), n, 1500);
    const baseline = { name: 'CSV', value: csv };
    const xlsx = await rate(() => reportXlsx(d), n, 3000);
    const docx = await rate(() => reportDocx(d), n, 3000);
    const alert = demoAlert();
    const kits = await rate(() => buildPressKit(alert, { checkUrl: 'https://saqbol.example/check', institutionName: { kk: 'Мекеме', ru: 'Учреждение' } }), 1, 1500);
    return [
      { name: 'report CSV', value: csv, unit: 'rows/s' },
      { name: 'report XLSX (3 sheets)', value: xlsx, unit: 'rows/s', baseline },
      { name: 'report DOCX cover letter', value: docx, unit: 'rows/s', baseline },
      { name: 'press kit (article + 12 variants fitted)', value: kits, unit: 'kits/s' },
    ];
  },
};

export default bench;
