// The campaign in a real browser: the admin signs in, imports institutions from the XLSX fixture,
// issues a directive from the demo alert, opens one institution's link, copies the KK Telegram post,
// submits three links, sees that institution done on the dashboard and exports the XLSX report.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { haveChromium, launch, serve } from './browser.js';
import type { Served } from './browser.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const ids = await page.evaluate(
    "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } }).then((r) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id + ' (' + v.nodes.length + ')'))",
  );
  return ids as string[];
}

describe.skipIf(!haveChromium)('campaign in Chromium', () => {
  let browser: Browser;
  let server: Served;
  let context: BrowserContext;
  beforeAll(async () => {
    server = await serve({ SAQBOL_ADMIN_PASSWORD: 'e2e-campaign-admin-pass' });
    browser = await launch();
    context = await browser.newContext({ locale: 'ru-RU', acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  });
  afterAll(async () => {
    await context.close();
    await browser.close();
    await server.close();
  });

  it('runs a directive from import to the exported report', async () => {
    const page = await context.newPage();
    // signing in
    await page.goto(`${server.url}/campaign`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.fill('#username', 'admin');
    await page.fill('#password', 'e2e-campaign-admin-pass');
    await Promise.all([page.waitForURL(/\/campaign$/), page.click('form[action="/login"] button[type=submit]')]);
    expect(await page.locator('h1').innerText()).toMatch(/Кампания/);

    // importing institutions from the XLSX fixture: preview, then apply
    await page.goto(`${server.url}/campaign/institutions/import`);
    await page.setInputFiles('#file', join(PACKAGE_ROOT, 'test/fixtures/institutions.xlsx'));
    await Promise.all([page.waitForLoadState('load'), page.click('form[enctype="multipart/form-data"] button[type=submit]')]);
    await page.waitForSelector('table.import-rows');
    expect(await page.locator('table.import-rows tbody tr').count()).toBe(4);
    expect(await page.locator('table.import-errors').count()).toBe(0);
    await Promise.all([page.waitForURL(/\/campaign\/institutions\/import\/apply$/), page.click('form[action="/campaign/institutions/import/apply"] button')]);
    expect(await page.locator('.flash').innerText()).toMatch(/4/);
    expect(await page.locator('table.institutions').innerText()).toContain('Тайыншинский районный историко-краеведческий музей');

    // issuing a directive from the demo alert to one district
    await page.goto(`${server.url}/campaign/directives/new`);
    expect(await page.locator('#alertId option:checked').innerText()).toContain('Мошенники заставляют жертв самим звонить им');
    await page.check('input[name="districts"][value="Мамлют ауданы"]');
    await Promise.all([page.waitForURL(/\/campaign\/directives\/\d+\?issued=/), page.click('form[action="/campaign/directives"] button[type=submit]')]);
    const directiveUrl = page.url().split('?')[0]!;
    const rows = page.locator('table.assignments tbody tr');
    const n = await rows.count();
    expect(n).toBe(2); // the demo institution in Mamlut and the imported one
    expect(await page.locator('table.assignments tbody tr[data-status="none"]').count()).toBe(n);
    expect(await seriousViolations(page)).toEqual([]);
    const firstRow = rows.first();
    const assignmentId = await firstRow.getAttribute('data-assignment');
    const link = await firstRow.locator('input.link-field').inputValue();
    expect(link).toMatch(/\/a\/[A-Za-z0-9_-]{32}$/);

    // the institution opens its link, copies the KK Telegram post and submits three links
    const inst = await context.newPage();
    // the server listens on a random port, so PUBLIC_URL does not know it: keep the path
    await inst.goto(new URL(new URL(link).pathname, server.url).href);
    await inst.waitForSelector('#kit-telegram-kk');
    const expected = await inst.locator('#kit-telegram-kk').inputValue();
    expect(expected).toMatch(/[әғқңөұүһі]/);
    expect(expected).toContain('102');
    await inst.click('button[data-copy="kit-telegram-kk"]');
    await inst.waitForSelector('button[data-copy="kit-telegram-kk"][data-copied="true"]');
    expect(await inst.evaluate('navigator.clipboard.readText()')).toBe(expected);
    expect(await seriousViolations(inst)).toEqual([]);

    await inst.fill('#links', 'https://t.me/sko_mamlut/101\nhttps://www.instagram.com/p/CxMamlut1/\nhttps://www.facebook.com/mamlut.lib/posts/77');
    await inst.selectOption('#lang', 'kk');
    await Promise.all([inst.waitForLoadState('load'), inst.click('form[action$="/links"] button[type=submit]')]);
    await inst.waitForSelector('ul.submitted li');
    expect(await inst.locator('ul.submitted li').count()).toBe(3);
    const platforms: (string | null)[] = [];
    for (let i = 0; i < 3; i++) platforms.push(await inst.locator('ul.submitted li').nth(i).getAttribute('data-platform'));
    expect(platforms).toEqual(['telegram', 'instagram', 'facebook']);

    // the dashboard shows the institution done
    await page.goto(directiveUrl);
    expect(await page.locator(`tr[data-assignment="${assignmentId}"]`).getAttribute('data-status')).toBe('submitted');
    expect(await page.locator('progress').first().getAttribute('value')).toBe('50');
    expect(await page.locator('.counts li[data-platform="telegram"] strong').innerText()).toBe('1');
    expect(await page.locator('#progress-chart').evaluate((c) => (c as unknown as { width: number }).width)).toBeGreaterThan(0);
    await page.goto(`${server.url}/campaign`);
    expect(await page.locator('table.directives tbody tr').count()).toBe(1);

    // the XLSX report carries one row per publication
    await page.goto(directiveUrl);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[data-export="xlsx"]')]);
    const file = await download.path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const text: string[] = [];
    for (const ws of wb.worksheets) ws.eachRow((r) => text.push(JSON.stringify(r.values)));
    const all = text.join('\n');
    for (const url of ['https://t.me/sko_mamlut/101', 'https://www.instagram.com/p/CxMamlut1/', 'https://www.facebook.com/mamlut.lib/posts/77']) expect(all).toContain(url);
    // the same table printed to PDF in Chromium, with the session of the signed-in page
    const pdf = await page.request.get(`${directiveUrl}/report.pdf`);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await inst.close();
    await page.close();
  });
});
