// A QR code as inline SVG: the qrcode package computes the modules, this draws them as one path.
import QRCode from 'qrcode';
import { escapeHtml } from './escape.js';

/** An SVG QR code for `text`, scalable to any print size (one unit per module, 4-module quiet zone). */
export function qrSvg(text: string, opts: { title?: string } = {}): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const margin = 4;
  const full = size + margin * 2;
  let d = '';
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && modules.get(y, x)) x++;
      d += `M${start + margin} ${y + margin}h${x - start}v1h-${x - start}z`;
    }
  }
  const title = opts.title === undefined ? '' : `<title>${escapeHtml(opts.title)}</title>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${full} ${full}" shape-rendering="crispEdges" role="img">` +
    `${title}<rect width="${full}" height="${full}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`
  );
}
