// The printable A4 poster for an institution's lobby: big type, what to do, hotlines, a QR code to Check.
import { escapeHtml } from './escape.js';
import { qrSvg } from './qr-svg.js';
import type { KitLang, PressKit } from './types.js';

const CSS = `
@page { size: A4 portrait; margin: 12mm; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #111; background: #fff;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.poster { width: 186mm; height: 272mm; margin: 0 auto; display: flex; flex-direction: column; gap: 4mm; overflow: hidden; }
.call { margin: 0; font-size: 34pt; font-weight: 800; letter-spacing: .02em; text-align: center; color: #fff;
  background: #b3001b; padding: 3mm 4mm; border-radius: 3mm; }
h1 { margin: 0; font-size: 25pt; line-height: 1.15; }
.lead { margin: 0; font-size: 13pt; line-height: 1.35; }
h2 { margin: 0; font-size: 16pt; text-transform: uppercase; }
ol { margin: 0; padding-left: 9mm; }
ol li { font-size: 14.5pt; line-height: 1.25; margin: 0 0 1.5mm; }
.hotlines { display: flex; flex-wrap: wrap; gap: 4mm 10mm; border: 1.2mm solid #111; border-radius: 3mm; padding: 3mm 6mm; }
.hotline { display: flex; flex-direction: column; }
.hotline .n { font-size: 42pt; font-weight: 800; line-height: 1; }
.hotline .l { font-size: 13pt; }
.check { display: flex; align-items: center; gap: 8mm; margin-top: auto; }
.check .qr { flex: 0 0 50mm; width: 50mm; height: 50mm; }
.check .qr svg { width: 100%; height: 100%; }
.check p { margin: 0 0 2mm; font-size: 15pt; }
.check .url { font-size: 14pt; font-weight: 700; word-break: break-all; }
.by { font-size: 12pt; color: #333; margin: 0; }
@media screen { body { background: #ddd; } .poster { background: #fff; padding: 12mm; width: 210mm; height: 297mm; } }
`;

/** A complete HTML document, ready to print to A4 (in the browser or through htmlToPdf). */
export function posterHtml(kit: PressKit, lang: KitLang): string {
  const a = kit.article[lang];
  const l = kit.labels[lang];
  const e = (s: string): string => escapeHtml(s);
  const hotlines = a.hotlines
    .map((line) => {
      const [n, ...label] = line.split(' — ');
      return `<div class="hotline"><span class="n">${e(n ?? '')}</span><span class="l">${e(label.join(' — '))}</span></div>`;
    })
    .join('');
  const steps = a.whatToDo.map((s) => `<li>${e(s)}</li>`).join('');
  const by = kit.institutionName ? `<p class="by">${e(kit.institutionName[lang])}</p>` : '';
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${e(a.headline)}</title><style>${CSS}</style></head>
<body><main class="poster">
<p class="call">${e(l.posterCall)}</p>
<h1>${e(a.headline)}</h1>
<p class="lead">${e(a.lead)}</p>
<h2>${e(l.whatToDoLabel)}</h2>
<ol>${steps}</ol>
<h2>${e(l.hotlinesLabel)}</h2>
<div class="hotlines">${hotlines}</div>
<div class="check"><div class="qr">${qrSvg(kit.checkUrl, { title: kit.checkUrl })}</div>
<div><p>${e(l.posterScan)}</p><p class="url">${e(kit.checkUrl)}</p></div></div>
${by}
</main></body></html>
`;
}
