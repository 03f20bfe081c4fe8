// The home page in a real browser: it renders, and the language switch changes the text to Kazakh.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { haveChromium, launch, serve } from './browser.js';
import type { Served } from './browser.js';

describe.skipIf(!haveChromium)('home page in Chromium', () => {
  let browser: Browser;
  let server: Served;
  beforeAll(async () => {
    server = await serve();
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('switches the language to Kazakh', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await page.goto(`${server.url}/`);
    const before = await page.locator('h1').innerText();
    expect(before).toBe("Don't call scammers back");
    await page.click('nav.langs a[data-lang="kk"]');
    await page.waitForSelector('html[lang="kk"]');
    const after = await page.locator('h1').innerText();
    expect(after).not.toBe(before);
    expect(after).toMatch(/[әғқңөұүһі]/);
    // the choice sticks across pages
    await page.goto(`${server.url}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('kk');
    await page.close();
  });
});
