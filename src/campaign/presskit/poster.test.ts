import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import type { Alert } from '../alert.js';
import { demoAlert } from './demo-alert.testkit.js';
import { buildPressKit, posterHtml } from './index.js';
import { qrSvg } from './qr-svg.js';

describe('posterHtml', () => {
  const alert = demoAlert();
  const kit = buildPressKit(alert, { checkUrl: 'https://saqbol.example/check?a=1&b=2', institutionName: { kk: 'Облыстық бейнелеу өнері музейі', ru: 'Областной музей изобразительного искусства' } });

  it('is an A4 page with the call to action, the steps, the hotlines and a QR code to Check', () => {
    const html = posterHtml(kit, 'kk');
    expect(html).toContain('<html lang="kk">');
    expect(html).toContain('size: A4');
    expect(html).toContain('КЕРІ ҚОҢЫРАУ ШАЛМАҢЫЗ!');
    for (const step of alert.content.kk.whatToDo) expect(html).toContain(step);
    expect(html).toContain('<span class="n">102</span>');
    expect(html).toContain('<span class="n">1414</span>');
    expect(html).toContain('https://saqbol.example/check?a=1&amp;b=2');
    expect(html).toContain('<svg');
    expect(html).toContain('Облыстық бейнелеу өнері музейі');
    expect(posterHtml(kit, 'ru')).toContain('НЕ ПЕРЕЗВАНИВАЙТЕ!');
  });

  it('escapes everything that comes from the alert', () => {
    const evil: Alert = {
      ...alert,
      content: { ...alert.content, ru: { ...alert.content.ru, title: '<script>alert(1)</script>', whatToDo: ['<img src=x onerror=alert(1)>'] } },
    };
    const html = posterHtml(buildPressKit(evil, { checkUrl: 'https://x.example/"><script>' }), 'ru');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('draws exactly the dark modules of the QR code', () => {
    const url = 'https://saqbol.example/check';
    const svg = qrSvg(url);
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
    let dark = 0;
    for (const bit of modules.data) dark += bit ? 1 : 0;
    const drawn = [...svg.matchAll(/M\d+ \d+h(\d+)v1/g)].reduce((s, m) => s + Number(m[1]), 0);
    expect(drawn).toBe(dark);
    expect(svg).toContain(`viewBox="0 0 ${modules.size + 8} ${modules.size + 8}"`);
  });
});

describe('poster PDF', () => {
  it('prints on one A4 page in Chromium', async () => {
    const { existsSync } = await import('node:fs');
    const { CHROMIUM_PATH, htmlToPdf } = await import('../report/pdf.js');
    if (!existsSync(CHROMIUM_PATH)) {
      process.stderr.write(`poster: ${CHROMIUM_PATH} not found — PDF printing not checked\n`);
      return;
    }
    const kit = buildPressKit(demoAlert(), { checkUrl: 'https://saqbol.example/check' });
    const pdf = await htmlToPdf(posterHtml(kit, 'kk'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // one page: the poster is laid out to fit A4
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  }, 60_000);
});
