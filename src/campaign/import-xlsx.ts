// Reads the first worksheet of an XLSX file as rows of text, for the institution import.
import ExcelJS from 'exceljs';

export async function xlsxRows(data: Buffer, maxRows = 5001): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const out: string[][] = [];
  const last = Math.min(ws.rowCount, maxRows);
  for (let r = 1; r <= last; r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push(row.getCell(c).text.trim());
    out.push(cells);
  }
  return out;
}
