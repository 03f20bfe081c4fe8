// Institution import: a table of text (from CSV or XLSX) → a preview listing every valid row and every
// bad row with the reason. Applying happens elsewhere, all rows or none.
import type { FieldProblem, InstitutionField, InstitutionInput, TypeLabels } from './institution.js';
import { INSTITUTION_FIELDS, institutionKey, validateInstitution } from './institution.js';

export interface HeaderSpec {
  /** field → accepted header names (KK, RU, EN) */
  fields: Record<InstitutionField, string[]>;
  required: InstitutionField[];
}

export interface ImportRow {
  /** Row number in the file as a spreadsheet shows it (the header is row 1). */
  row: number;
  value: InstitutionInput;
  /** Set when the row updates an institution already stored (same Russian name and district). */
  existingId?: number;
}

export interface ImportError {
  row: number;
  field: InstitutionField | 'header';
  reason: FieldProblem['reason'] | 'missing_column';
  value: string;
}

export interface ImportPreview {
  columns: Partial<Record<InstitutionField, string>>;
  ignored: string[];
  rows: ImportRow[];
  errors: ImportError[];
}

const MAX_ROWS = 5000;

/** RFC 4180 CSV: quoted fields with doubled quotes and line breaks; BOM dropped; ";" or "," detected. */
export function parseCsv(input: string): string[][] {
  const text = input.replace(/^\uFEFF/, '');
  const sep = detectSeparator(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === sep) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function detectSeparator(text: string): ';' | ',' {
  let semi = 0;
  let comma = 0;
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === ';') semi++;
    else if (!quoted && c === ',') comma++;
    else if (!quoted && c === '\n') break;
  }
  return semi > comma ? ';' : ',';
}

const normHeader = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[*:]$/, '').trim();

/** Builds the preview of an import from its rows of text (the first non-empty row is the header). */
export function previewImport(
  table: string[][],
  spec: HeaderSpec,
  types: TypeLabels,
  existing: { id: number; nameRu: string; district: string }[],
): ImportPreview {
  const errors: ImportError[] = [];
  const rows: ImportRow[] = [];
  const headerIndex = table.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerIndex < 0) {
    return { columns: {}, ignored: [], rows, errors: spec.required.map((f) => ({ row: 1, field: 'header', reason: 'missing_column', value: f })) };
  }
  const header = table[headerIndex]!;
  const lookup = new Map<string, InstitutionField>();
  for (const f of INSTITUTION_FIELDS) for (const alias of spec.fields[f]) lookup.set(normHeader(alias), f);
  const columns: Partial<Record<InstitutionField, string>> = {};
  const at = new Map<InstitutionField, number>();
  const ignored: string[] = [];
  header.forEach((h, i) => {
    const f = lookup.get(normHeader(h));
    if (f && !at.has(f)) {
      at.set(f, i);
      columns[f] = h.trim();
    } else if (h.trim() !== '') ignored.push(h.trim());
  });
  for (const f of spec.required) {
    if (!at.has(f)) errors.push({ row: headerIndex + 1, field: 'header', reason: 'missing_column', value: f });
  }
  if (errors.length > 0) return { columns, ignored, rows, errors };

  const stored = new Map(existing.map((e) => [institutionKey(e.nameRu, e.district), e.id]));
  const seen = new Set<string>();
  const body = table.slice(headerIndex + 1, headerIndex + 1 + MAX_ROWS);
  body.forEach((cells, i) => {
    const rowNo = headerIndex + 2 + i;
    if (cells.every((c) => c.trim() === '')) return;
    const raw: Partial<Record<InstitutionField, string>> = {};
    for (const [f, idx] of at) raw[f] = cells[idx] ?? '';
    const v = validateInstitution(raw, types);
    if (!v.ok) {
      for (const p of v.problems) errors.push({ row: rowNo, field: p.field, reason: p.reason, value: p.value });
      return;
    }
    const key = institutionKey(v.value.nameRu, v.value.district);
    if (seen.has(key)) {
      errors.push({ row: rowNo, field: 'name_ru', reason: 'duplicate', value: v.value.nameRu });
      return;
    }
    seen.add(key);
    const existingId = stored.get(key);
    rows.push(existingId === undefined ? { row: rowNo, value: v.value } : { row: rowNo, value: v.value, existingId });
  });
  if (table.length - headerIndex - 1 > MAX_ROWS) errors.push({ row: headerIndex + 2 + MAX_ROWS, field: 'header', reason: 'too_long', value: String(MAX_ROWS) });
  return { columns, ignored, rows, errors };
}
