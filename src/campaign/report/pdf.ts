// Prints HTML to PDF in Debian's Chromium (playwright-core; no browser is ever downloaded). The page is
// printed offline: JavaScript is off and every network request is refused.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { SaqbolError } from '../../errors.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function htmlToPdf(html: string, opts: { executablePath?: string; landscape?: boolean } = {}): Promise<Buffer> {
  const executablePath = opts.executablePath ?? CHROMIUM_PATH;
  if (!existsSync(executablePath)) {
    throw new SaqbolError('unavailable', { detail: `PDF export needs Chromium at ${executablePath} (Debian: apt-get install chromium)` });
  }
  let browser;
  try {
    browser = await chromium.launch({ executablePath, headless: true, args: FLAGS });
  } catch (err) {
    throw new SaqbolError('unavailable', { detail: `Chromium at ${executablePath} did not start` }, { cause: err });
  }
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    // the page's own @page rule decides the size and orientation
    return await page.pdf({ preferCSSPageSize: true, printBackground: true, ...(opts.landscape === undefined ? {} : { landscape: opts.landscape }) });
  } finally {
    await browser.close();
  }
}
