// The citizen Check page in a real browser: lures in RU, KK and EN get "danger" with their signs marked,
// a one-time code gets "no signs", an official number shows its organization and source, and a report
// goes through the moderation queue until the number shows as reported. axe-core finds no serious issue.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { haveChromium, launch, serve } from './browser.js';
import type { Served } from './browser.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical WCAG 2 A/AA violations on the page, as "rule (nodes)". */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const ids = await page.evaluate(
    "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } }).then((r) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id + ' (' + v.nodes.length + ')'))",
  );
  return ids as string[];
}

const RU = 'Halyk Bank: ваша карта заблокирована. Срочно перезвоните 87075554433';
const KK = 'Құрметті клиент! Сіздің картаңыз бұғатталды. Дереу мына нөмірге қоңырау шалыңыз: 8 707 555 44 33';
const EN = 'Your parcel could not be delivered. Call us back immediately on +7 707 555 44 33 to rearrange delivery.';
const OTP = 'Your verification code is 482193. Do not share it with anyone.';

describe.skipIf(!haveChromium)('Check page in Chromium', () => {
  let browser: Browser;
  let server: Served;
  let context: BrowserContext;
  beforeAll(async () => {
    server = await serve({ SAQBOL_ADMIN_PASSWORD: 'e2e-admin-password-1' });
    browser = await launch();
    context = await browser.newContext({ locale: 'ru-RU' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  });
  afterAll(async () => {
    await context.close();
    await browser.close();
    await server.close();
  });

  async function checkText(page: Page, text: string): Promise<void> {
    await page.fill('#text', text);
    await page.click('.check-form button[type="submit"]');
    await page.waitForSelector('#check-result [data-verdict]');
  }

  it('pastes a Russian lure and shows danger with the reasons marked, the official number and 102', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/check?lang=ru`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(RU)})`);
    await page.click('#paste');
    await page.waitForFunction(`document.getElementById('text').value.length > 0`);
    expect(await page.inputValue('#text')).toBe(RU);
    await page.click('.check-form button[type="submit"]');
    await page.waitForSelector('#check-result [data-verdict]');
    expect(await page.getAttribute('#check-result [data-verdict]', 'data-verdict')).toBe('danger');
    expect(await page.locator('#check-result .verdict h2').innerText()).toContain('Опасно');
    const marks = await page.locator('#check-result mark').allInnerTexts();
    expect(marks).toContain('перезвоните');
    expect(marks.some((m) => m.includes('карта заблокирована'))).toBe(true);
    expect(await page.locator('#check-result .reasons li[data-code="callback"]').count()).toBe(1);
    expect(await page.locator('#check-result .official-contact[data-org="halyk"] a').first().getAttribute('href')).toMatch(/^https:\/\/halykbank\.kz\//);
    expect(await page.locator('#check-result .advice .police').innerText()).toContain('102');
    const share = await page.inputValue('#share-url');
    expect(share).toContain('/check/r?v=danger');
    expect(decodeURIComponent(share)).not.toContain('заблокирована');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows danger for a Kazakh and an English lure and no signs for a one-time code', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/check?lang=kk`);
    await checkText(page, KK);
    expect(await page.getAttribute('#check-result [data-verdict]', 'data-verdict')).toBe('danger');
    expect(await page.locator('#check-result mark[data-codes*="callback"]').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${server.url}/check?lang=en`);
    await checkText(page, EN);
    expect(await page.getAttribute('#check-result [data-verdict]', 'data-verdict')).toBe('danger');
    expect(await page.locator('#check-result .reasons li[data-code="pretext.parcel"]').count()).toBeGreaterThan(0);

    await page.fill('#text', OTP);
    await page.click('.check-form button[type="submit"]');
    await page.waitForSelector('#check-result [data-verdict="no_signs"]');
    expect(await page.locator('#check-result .verdict h2').innerText()).toContain('No signs of fraud');
    expect(await page.locator('#check-result mark[data-codes*="callback"]').count()).toBe(0);
    expect(await page.locator('#check-result .reasons li[data-code^="pretext"]').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('looks up an official number and shows the organization with its source', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/check?lang=en`);
    await page.fill('#n', '+7 (727) 244-22-54');
    await page.click('.number-form button[type="submit"]');
    await page.waitForSelector('#number-result .number-card');
    const card = page.locator('#number-result .number-card');
    expect(await card.locator('li[data-org="bcc"]').innerText()).toContain('Bank CenterCredit');
    expect(await card.locator('li[data-org="bcc"] a').getAttribute('href')).toBe('https://www.bcc.kz/en/personal/other/troubled-debt/');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('takes a report, which moderators approve, and then the number shows as reported', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/check?lang=ru`);
    await checkText(page, RU);
    const form = page.locator('.report-from-result form');
    expect(await form.locator('input[name="number"]').inputValue()).toBe('+7 707 555 44 33');
    await form.locator('button[type="submit"]').click();
    await page.waitForSelector('.report-from-result .report-thanks');

    await page.goto(`${server.url}/moderation?lang=ru`);
    await page.waitForSelector('input[name="username"]');
    await page.fill('input[name="username"]', 'admin');
    await page.fill('input[name="password"]', 'e2e-admin-password-1');
    await Promise.all([page.waitForURL(/\/moderation/), page.click('form button[type="submit"]')]);
    const row = page.locator('tr[data-status="pending"]', { hasText: '+77075554433' });
    expect(await row.count()).toBe(1);
    expect(await row.locator('.report-text').innerText()).toContain('карта заблокирована');
    expect(await seriousViolations(page)).toEqual([]);
    await row.locator('button.approve').click();
    await page.waitForSelector('tr[data-status="approved"]');

    await page.goto(`${server.url}/check?lang=ru`);
    await page.fill('#n', '87075554433');
    await page.click('.number-form button[type="submit"]');
    await page.waitForSelector('#number-result .number-card');
    expect(await page.locator('#number-result .number-card .badge.danger').innerText()).toBe('есть жалобы');
    expect(await page.locator('#number-result .number-card p.reported').innerText()).toContain('1 сообщ.');
    await page.close();
  });
});
