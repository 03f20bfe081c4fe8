import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, PACKAGE_ROOT } from '../paths.js';
import type { HeaderSpec } from './import.js';
import { parseCsv, previewImport } from './import.js';
import { xlsxRows } from './import-xlsx.js';
import type { TypeLabels } from './institution.js';
import { validateInstitution } from './institution.js';

const spec = JSON.parse(readFileSync(join(DATA_DIR, 'campaign/import-headers.json'), 'utf8')) as HeaderSpec;
const types = (JSON.parse(readFileSync(join(DATA_DIR, 'campaign/institution-types.json'), 'utf8')) as { types: TypeLabels }).types;
const fixture = (name: string): Buffer => readFileSync(join(PACKAGE_ROOT, 'test/fixtures', name));

describe('CSV parsing', () => {
  it('handles quotes, doubled quotes, line breaks in fields, CRLF and the separator', () => {
    expect(parseCsv('a,b\r\n"x, y","he said ""hi"""\n"multi\nline",z')).toEqual([
      ['a', 'b'],
      ['x, y', 'he said "hi"'],
      ['multi\nline', 'z'],
    ]);
    expect(parseCsv('\uFEFFa;b;c\n1;"2;3";4')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2;3', '4'],
    ]);
    expect(parseCsv('a,b\n1,\n')).toEqual([
      ['a', 'b'],
      ['1', ''],
    ]);
  });
});

describe('institution validation', () => {
  it('normalizes type labels, e-mail, phone, website and social links', () => {
    const v = validateInstitution(
      { name_kk: ' Кітапхана ', name_ru: 'Библиотека', type: 'Кітапхана', district: 'Петропавл', email: 'A@B.example', phone: '8 (7152) 46-12-34', website: 'lib.example', socials: 'https://t.me/lib, instagram.com/lib https://t.me/lib2' },
      types,
    );
    expect(v).toEqual({
      ok: true,
      value: {
        nameKk: 'Кітапхана',
        nameRu: 'Библиотека',
        type: 'library',
        district: 'Петропавл',
        director: null,
        email: 'a@b.example',
        phone: '+77152461234',
        website: 'https://lib.example/',
        socials: { telegram: 'https://t.me/lib', instagram: 'https://instagram.com/lib', telegram_2: 'https://t.me/lib2' },
      },
    });
  });
});

describe('institution import preview', () => {
  it('reads the XLSX fixture with Kazakh and Russian headers and accepts every row', async () => {
    const p = previewImport(await xlsxRows(fixture('institutions.xlsx')), spec, types, []);
    expect(p.errors).toEqual([]);
    expect(p.rows).toHaveLength(4);
    expect(p.rows[0]!.value).toMatchObject({ type: 'library', district: 'Мамлют ауданы', socials: { telegram: 'https://t.me/mamlut_lib', instagram: 'https://instagram.com/mamlut_lib' } });
    expect(p.rows[2]!.value).toMatchObject({ type: 'museum', phone: '+77153621345', website: 'https://tayynsha-museum.sko-culture.example/' });
    expect(p.rows.map((r) => r.row)).toEqual([2, 3, 4, 5]);
  });

  it('lists each bad row of the CSV fixture and why', () => {
    const p = previewImport(parseCsv(fixture('institutions-bad.csv').toString('utf8')), spec, types, [{ id: 7, nameRu: 'АККАЙЫНСКИЙ районный дом культуры "Достык"', district: 'Аққайың ауданы' }]);
    expect(p.ignored).toEqual(['Notes']);
    expect(p.rows).toHaveLength(1);
    expect(p.rows[0]).toMatchObject({ row: 2, existingId: 7, value: { socials: { vk: 'https://vk.com/akk_dk' } } });
    const why = p.errors.map((e) => `${e.row}:${e.field}:${e.reason}`);
    expect(why).toEqual(['3:type:required', '4:email:email', '4:phone:phone', '4:website:url', '4:socials:social', '5:name_ru:duplicate', '6:type:type']);
  });

  it('names the missing required columns', () => {
    const p = previewImport([['Name RU', 'Район'], ['Библиотека', 'Петропавл']], spec, types, []);
    expect(p.rows).toEqual([]);
    expect(p.errors.map((e) => e.value).sort()).toEqual(['name_kk', 'type']);
    expect(previewImport([], spec, types, []).errors).toHaveLength(4);
  });
});
