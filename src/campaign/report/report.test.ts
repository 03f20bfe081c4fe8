import { existsSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SaqbolError } from '../../errors.js';
import { docxText, readZip } from './zip-reader.testkit.js';
import { sampleReport } from './sample.testkit.js';
import { CHROMIUM_PATH, htmlToPdf, reportCsv, reportDocx, reportHtml, reportLabels, reportXlsx, parseReportLabels } from './index.js';

const data = sampleReport();

function cellText(v: ExcelJS.CellValue): string {
  if (typeof v === 'string') return v;
  if (v !== null && typeof v === 'object' && 'text' in v) return typeof v.text === 'string' ? v.text : JSON.stringify(v.text);
  return JSON.stringify(v);
}

async function openXlsx(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

describe('reportXlsx', () => {
  it('has one row per publication and summary sheets per institution and per platform', async () => {
    const wb = await openXlsx(await reportXlsx(data, { lang: 'ru' }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Публикации', 'По учреждениям', 'По платформам']);

    const pubs = wb.getWorksheet('Публикации')!;
    expect(pubs.getRow(1).values).toEqual([undefined, '№', 'Учреждение (на казахском)', 'Учреждение (на русском)', 'Район', 'Платформа', 'Ссылка', 'Язык', 'Дата и время отправки', 'С опозданием', 'Статус', 'SHA-256 доказательства', 'Дата проверки']);
    const r1 = pubs.getRow(2);
    expect(r1.getCell(1).value).toBe(1);
    expect(r1.getCell(2).value).toBe('Облыстық балалар кітапханасы');
    expect(r1.getCell(3).value).toBe('Областная детская библиотека');
    expect(r1.getCell(5).value).toBe('Instagram');
    expect(r1.getCell(6).value).toEqual({ text: 'https://www.instagram.com/p/ABC123/', hyperlink: 'https://www.instagram.com/p/ABC123/' });
    expect(r1.getCell(7).value).toBe('казахский');
    // 05:15 UTC is 10:15 in Almaty: the sheet shows wall-clock time
    expect((r1.getCell(8).value as Date).toISOString()).toBe('2026-12-02T10:15:00.000Z');
    expect(r1.getCell(8).numFmt).toBe('dd.mm.yyyy hh:mm');
    expect(r1.getCell(10).value).toBe('подтверждена');
    expect(r1.getCell(11).value).toBe('a'.repeat(64));
    const late = pubs.getRow(4);
    expect(late.getCell(9).value).toBe('да');
    expect(late.getCell(10).value).toBe('нужно ручное подтверждение');
    expect(pubs.getRow(5).getCell(10).value).toBe('odd-status');
    // a hostile name stays text, and a non-web link is not made clickable
    const evil = pubs.getRow(6);
    expect(evil.getCell(2).value).toBe('=HYPERLINK("http://evil.example")');
    expect(evil.getCell(2).formula).toBeUndefined();
    expect(evil.getCell(6).value).toBe('javascript:alert(1)');
    expect(pubs.getRow(7).getCell(1).value).toBeNull();

    const inst = wb.getWorksheet('По учреждениям')!;
    expect(cellText(inst.getRow(2).getCell(2).value)).toBe('Областная детская библиотека');
    expect(inst.getRow(2).getCell(4).value).toBe(2);
    expect(inst.getRow(3).getCell(5).value).toBe(1); // the museum's late post
    expect(inst.getRow(3).getCell(6).value).toBe('Telegram, Instagram');
    expect(inst.getRow(5).getCell(2).value).toBe('Итого: 3');
    expect(inst.getRow(5).getCell(4).value).toBe(5);

    const plat = wb.getWorksheet('По платформам')!;
    expect(plat.getRow(2).values).toEqual([undefined, 'Instagram', 2, 2, 0]);
    expect(plat.getRow(plat.rowCount).values).toEqual([undefined, 'Итого', 5, 3, 1]);
  });

  it('writes the sheets in Kazakh by default', async () => {
    const wb = await openXlsx(await reportXlsx(data));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Жарияланымдар', 'Мекемелер бойынша', 'Платформалар бойынша']);
    expect(cellText(wb.getWorksheet('Мекемелер бойынша')!.getRow(2).getCell(2).value)).toBe('Облыстық балалар кітапханасы');
  });
});

describe('reportDocx', () => {
  it('is a cover letter in Kazakh then Russian listing the links per institution', async () => {
    const buf = await reportDocx(data);
    const text = docxText(buf);
    const kk = text.indexOf('Атқарылған жұмыс туралы ақпарат');
    const ru = text.indexOf('Информация о проделанной работе');
    expect(kk).toBeGreaterThanOrEqual(0);
    expect(ru).toBeGreaterThan(kk);
    const kkPart = text.slice(kk, ru);
    const ruPart = text.slice(ru);
    expect(text.indexOf('СҚО Мәдениет басқармасы')).toBeLessThan(kk);
    expect(kkPart).toContain('Тапсырма: «Кері қоңырау алаяқтығы туралы түсіндіру», берілген күні — 01.12.2026 09:00, орындау мерзімі — 22.12.2026 18:00.');
    expect(kkPart).toContain('Материал жариялаған мекемелер саны: 3. Жарияланымдар саны: 5, оның ішінде белгіленген мерзімнен кейін: 1.');
    expect(kkPart).toContain('1. Облыстық балалар кітапханасы (Петропавл)');
    expect(ruPart).toContain('1. Областная детская библиотека (Петропавл)');
    expect(ruPart).toContain('2. Областной историко-краеведческий музей (Петропавл)');
    expect(ruPart).toContain('— Telegram, 23.12.2026 00:30, с опозданием: https://t.me/museum/45');
    expect(ruPart).toContain('— Сайт, 03.12.2026 15:00: https://inst02.sko-culture.example/news/1?a=1&b=2');
    expect(ruPart).toContain('3. <script>alert("x")</script>, "кавычки" (Аққайың)');
    expect(ruPart).toContain('Сформировано 23.12.2026 08:30.');
    // links are real hyperlinks, except the non-web one
    const rels = readZip(buf).get('word/_rels/document.xml.rels')!.toString('utf8');
    expect(rels).toContain('https://t.me/museum/45');
    expect(rels).not.toContain('javascript:');
    expect(readZip(buf).get('word/document.xml')!.toString('utf8')).not.toContain('<script>');
  });
});

describe('reportCsv', () => {
  it('is RFC 4180 with a BOM, CRLF, quoting and a formula guard', () => {
    const csv = reportCsv(data, { lang: 'ru' });
    expect(csv.startsWith('\uFEFF№,Учреждение (на казахском),')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(data.rows.length + 2); // header, rows, final empty string
    expect(lines.at(-1)).toBe('');
    expect(lines[1]).toBe(`1,Облыстық балалар кітапханасы,Областная детская библиотека,Петропавл,Instagram,https://www.instagram.com/p/ABC123/,казахский,02.12.2026 10:15,нет,подтверждена,${'a'.repeat(64)},02.12.2026 10:20`);
    expect(lines[5]).toBe(`5,"'=HYPERLINK(""http://evil.example"")","<script>alert(""x"")</script>, ""кавычки""",Аққайың,Другое,javascript:alert(1),казахский,05.12.2026 17:00,нет,отклонена,,`);
    expect(lines[4]!.split(',')[6]).toBe(''); // lang null → empty field
  });
});

describe('reportHtml', () => {
  it('prints the table in the chosen language and escapes everything', () => {
    const html = reportHtml(data, 'kk');
    expect(html).toContain('<html lang="kk">');
    expect(html).toContain('size: A4 landscape');
    expect(html).toContain('Атқарылған жұмыс туралы ақпарат');
    expect(html).toContain('<td>Облыстық балалар кітапханасы</td>');
    expect(html).toContain('<a href="https://inst02.sko-culture.example/news/1?a=1&amp;b=2">');
    const ru = reportHtml(data, 'ru');
    expect(ru).not.toContain('<script>');
    expect(ru).toContain('<td>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;, &quot;кавычки&quot;</td>');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('<td class="url">javascript:alert(1)</td>');
    expect((html.match(/<tr class="late">/g) ?? []).length).toBe(1);
    expect(reportHtml(data, 'en')).toContain('Information on the work done');
  });
});

describe('labels', () => {
  it('have the same keys in KK, RU and EN, and a broken file is named', () => {
    const all = reportLabels();
    const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v as object).map((x) => `${k}.${x}`) : [k])).sort();
    expect(keys(all.kk)).toEqual(keys(all.ru));
    expect(keys(all.en)).toEqual(keys(all.ru));
    expect(() => parseReportLabels({ kk: all.kk, ru: { ...all.ru, total: '' }, en: all.en })).toThrow(/report\.json ru\/total/);
  });
});

describe('htmlToPdf', () => {
  const have = existsSync(CHROMIUM_PATH);
  if (!have) process.stderr.write(`report: ${CHROMIUM_PATH} not found — the PDF test checks only the error\n`);

  it('prints the report to a PDF in Chromium', async () => {
    if (!have) return;
    const pdf = await htmlToPdf(reportHtml(data, 'ru'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5000);
  }, 60_000);

  it('says clearly when Chromium is missing', async () => {
    await expect(htmlToPdf('<p>x</p>', { executablePath: '/nonexistent/chromium' })).rejects.toSatisfy(
      (e: unknown) => e instanceof SaqbolError && e.code === 'unavailable' && e.message.includes('/nonexistent/chromium'),
    );
  });
});
