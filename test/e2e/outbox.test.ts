// The reminders page in a real browser: an admin signs in, checks for due reminders, and the page
// passes axe-core's accessibility rules in Kazakh and Russian.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { haveChromium, launch, serve } from './browser.js';
import type { Served } from './browser.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  // evaluated in the page (this project compiles without the DOM library)
  const ids = await page.evaluate(
    "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } }).then((r) => r.violations.map((v) => v.id + ' (' + v.nodes.length + ')'))",
  );
  return ids as string[];
}

describe.skipIf(!haveChromium)('reminders page in Chromium', () => {
  let browser: Browser;
  let server: Served;
  beforeAll(async () => {
    server = await serve({ SAQBOL_ADMIN_PASSWORD: 'e2e-admin-password-1' });
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('lets the admin check for reminders and reads well in KK and RU', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/campaign/outbox?lang=kk`);
    await page.waitForSelector('input[name="username"]');
    await page.fill('input[name="username"]', 'admin');
    await page.fill('input[name="password"]', 'e2e-admin-password-1');
    await Promise.all([page.waitForURL(/\/campaign\/outbox/), page.click('form button[type="submit"]')]);
    expect(await page.locator('h1').innerText()).toBe('Еске салулар');
    expect(await page.locator('[data-mode]').getAttribute('data-mode')).toBe('outbox');
    expect(await axeViolations(page)).toEqual([]);

    await Promise.all([page.waitForURL(/ran=\d+/), page.click('form[action^="/campaign/outbox/run"] button')]);
    expect(await page.locator('.flash').innerText()).toMatch(/^Тексерілді: жаңа еске салулар — \d+\.$/);

    await page.goto(`${server.url}/campaign/outbox?lang=ru`);
    expect(await page.locator('h1').innerText()).toBe('Напоминания');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
