// A small report for tests: three institutions, five publications, one late, one hostile name.
import type { ReportData } from './types.js';

export function sampleReport(): ReportData {
  const lib = { kk: 'Облыстық балалар кітапханасы', ru: 'Областная детская библиотека' };
  const museum = { kk: 'Облыстық тарихи-өлкетану музейі', ru: 'Областной историко-краеведческий музей' };
  const evil = { kk: '=HYPERLINK("http://evil.example")', ru: '<script>alert("x")</script>, "кавычки"' };
  return {
    directive: {
      title: { kk: 'Кері қоңырау алаяқтығы туралы түсіндіру', ru: 'Разъяснение о мошенничестве с обратным звонком' },
      deadline: '2026-12-22T13:00:00.000Z', // 18:00 in Almaty
      issuedAt: '2026-12-01T04:00:00.000Z',
      authorityName: { kk: 'СҚО Мәдениет басқармасы', ru: 'Управление культуры СКО' },
    },
    generatedAt: '2026-12-23T03:30:00.000Z',
    rows: [
      { n: 1, institution: lib, district: 'Петропавл', platform: 'instagram', url: 'https://www.instagram.com/p/ABC123/', lang: 'kk', submittedAt: '2026-12-02T05:15:00.000Z', late: false, status: 'verified', evidenceSha256: 'a'.repeat(64), checkedAt: '2026-12-02T05:20:00.000Z' },
      { n: 2, institution: lib, district: 'Петропавл', platform: 'site', url: 'https://inst02.sko-culture.example/news/1?a=1&b=2', lang: 'ru', submittedAt: '2026-12-03T10:00:00.000Z', late: false, status: 'pending' },
      { n: 3, institution: museum, district: 'Петропавл', platform: 'telegram', url: 'https://t.me/museum/45', lang: 'ru', submittedAt: '2026-12-22T19:30:00.000Z', late: true, status: 'manual', evidenceSha256: null, checkedAt: null },
      { n: 4, institution: museum, district: 'Петропавл', platform: 'instagram', url: 'https://www.instagram.com/p/XYZ/', lang: null, submittedAt: '2026-12-10T08:00:00.000Z', late: false, status: 'odd-status' },
      { n: 5, institution: evil, district: 'Аққайың', platform: 'other', url: 'javascript:alert(1)', lang: 'kk', submittedAt: '2026-12-05T12:00:00.000Z', late: false, status: 'rejected' },
    ],
  };
}
