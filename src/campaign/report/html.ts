// The report as a printable HTML page (A4 landscape): the directive, the totals and the publications
// table. Everything from the data is escaped; only http(s) links become anchors.
import { escapeHtml as e } from '../presskit/escape.js';
import { reportLabels } from './labels.js';
import type { ReportLabels } from './labels.js';
import { byPlatform, institutionName, isWebLink, localTime, platformName, tableRow, text, totals } from './table.js';
import type { ReportData, ReportLang } from './types.js';

const CSS = `
@page { size: A4 landscape; margin: 12mm; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 9pt; color: #111; margin: 0; }
h1 { font-size: 15pt; margin: 0 0 2mm; }
p { margin: 0 0 2mm; }
table { border-collapse: collapse; width: 100%; margin: 3mm 0 5mm; }
th, td { border: 0.3mm solid #888; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
th { background: #e8eef4; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
td.url { word-break: break-all; max-width: 70mm; }
td.num { text-align: right; }
td.sha { font-family: "DejaVu Sans Mono", monospace; font-size: 7pt; word-break: break-all; max-width: 30mm; }
tr.late td { background: #fff4e5; }
.note { color: #555; font-size: 8pt; }
`;

export function reportHtml(data: ReportData, lang: ReportLang, opts: { labels?: ReportLabels } = {}): string {
  const l = opts.labels ?? reportLabels()[lang];
  const c = l.columns;
  const t = totals(data);
  const title = institutionName(data.directive.title, lang);
  const head = [c.n, c.institution, c.district, c.platform, c.url, c.lang, c.submittedAt, c.late, c.status, c.evidenceSha256, c.checkedAt];
  const rows = data.rows
    .map((r) => {
      const x = tableRow(r, l);
      const link = isWebLink(r.url) ? `<a href="${e(r.url)}">${e(r.url)}</a>` : e(r.url);
      return (
        `<tr${r.late ? ' class="late"' : ''}><td class="num">${x.n}</td><td>${e(institutionName(r.institution, lang))}</td>` +
        `<td>${e(x.district)}</td><td>${e(x.platform)}</td><td class="url">${link}</td><td>${e(x.lang)}</td>` +
        `<td>${e(x.submittedAt)}</td><td>${e(x.late)}</td><td>${e(x.status)}</td><td class="sha">${e(x.evidenceSha256)}</td><td>${e(x.checkedAt)}</td></tr>`
      );
    })
    .join('\n');
  const platforms = byPlatform(data)
    .map((p) => `<tr><td>${e(platformName(l, p.platform))}</td><td class="num">${p.publications}</td><td class="num">${p.institutions}</td><td class="num">${p.late}</td></tr>`)
    .join('');
  const directive = text(l.letter.directive, { directive: title, issuedAt: localTime(data.directive.issuedAt), deadline: localTime(data.directive.deadline) });
  const summary = text(l.letter.summary, { institutions: t.institutions, publications: t.publications, late: t.late });
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${e(l.letter.title)}</title><style>${CSS}</style></head>
<body>
<h1>${e(l.letter.title)}</h1>
<p>${e(directive)}</p>
<p>${e(summary)}</p>
<table><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody></table>
<table style="width:auto"><thead><tr><th>${e(c.platform)}</th><th>${e(c.publications)}</th><th>${e(c.institutions)}</th><th>${e(c.late)}</th></tr></thead>
<tbody>${platforms}<tr><th>${e(l.total)}</th><th>${t.publications}</th><th>${t.institutions}</th><th>${t.late}</th></tr></tbody></table>
<p class="note">${e(l.timeZone)}. ${e(text(l.letter.generated, { generatedAt: localTime(data.generatedAt) }))}</p>
</body></html>
`;
}
