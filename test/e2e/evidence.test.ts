// The evidence of a verified link in a real browser: the authority signs in, opens the publication's
// evidence page and sees the verdict, the matched terms, the hash and the screenshot Chromium took.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { VerificationWorker } from '../../src/campaign/verify/worker.js';
import { loadConfig } from '../../src/config.js';
import { hashPassword } from '../../src/server/auth/password.js';
import { createLogger } from '../../src/server/logger.js';
import { jobVerifier } from '../../src/server/routes/verification-service.js';
import { prepare } from '../../src/server/start.js';
import type { App } from '../../src/server/app.js';
import type { Store } from '../../src/store/db.js';
import { createUser } from '../../src/store/users.js';
import { storeJobs } from '../../src/store/verification.js';
import { startFixture } from '../fixtures/pages/server.js';
import type { Fixture } from '../fixtures/pages/server.js';
import { campaignWithLinks, fixtureVerifier } from '../integration/verify-helpers.js';
import { haveChromium, launch } from './browser.js';
import { makeTempDir } from '../helpers/temp-dir.js';

describe.skipIf(!haveChromium)('evidence page in Chromium', () => {
  let browser: Browser;
  let fx: Fixture;
  let app: App;
  let store: Store;
  let url: string;
  let pubId: number;
  let removeDir: () => void;

  beforeAll(async () => {
    fx = await startFixture();
    const { dir, remove } = makeTempDir('e2e-evidence');
    removeDir = remove;
    const config = loadConfig({ ...process.env, SAQBOL_VAR_DIR: dir, PORT: '0', DATABASE_URL: '', SAQBOL_SECRET: 'e2e-secret-e2e-secret-e2e-secret' });
    ({ app, store } = await prepare(config, createLogger({ production: true, level: 'warn', pretty: false })));
    url = await app.listen({ host: '127.0.0.1', port: 0 });
    await createUser(store.db, { username: 'akimat', role: 'admin', passwordHash: await hashPassword('correct horse battery') }, new Date().toISOString());
    [pubId] = await campaignWithLinks(store.db, [`${fx.base}/ru`]) as [number];
    // verify the link the way the server does, with Chromium taking the screenshot
    const setup = fixtureVerifier(fx.port, { render: true });
    const worker = new VerificationWorker({
      jobs: storeJobs(store.db),
      verify: jobVerifier(store.db, setup, Date.now, `${url}/check`),
      owner: 'e2e',
      clock: Date.now,
      politenessMs: 0,
      pollMs: 50,
    });
    await worker.drain();
    await worker.stop();
    await setup.close();
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
    await app.close();
    await store.close();
    removeDir();
    await fx.close();
  });

  it('shows the verdict, the matched terms, the hash and the screenshot of a verified link', async () => {
    const ev = await store.db.selectFrom('evidence').selectAll().where('publication_id', '=', pubId).executeTakeFirstOrThrow();
    expect(ev.status).toBe('verified');
    expect(ev.screenshot).not.toBeNull();

    const page = await browser.newPage({ locale: 'ru-RU' });
    await page.goto(`${url}/campaign/publications/${pubId}/evidence?lang=ru`);
    await page.waitForURL(/\/login/);
    await page.fill('#username', 'akimat');
    await page.fill('#password', 'correct horse battery');
    await Promise.all([page.waitForURL(/\/evidence/), page.click('form[action="/login"] button[type="submit"]')]);

    await expect.poll(() => page.locator('h1').innerText()).toBe('Доказательства публикации');
    expect(await page.locator('.evidence-head [data-verify="verified"]').innerText()).toBe('Подтверждена');
    expect(await page.locator('[data-sha256]').first().innerText()).toBe(ev.body_sha256);
    expect(await page.locator('ul.terms').first().innerText()).toContain('RU: замена домофона');
    expect(await page.locator('dl.facts').last().innerText()).toContain('(UTC+05:00)');
    const img = page.locator('figure.shot img').first();
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(100);

    // the archived page is offered as a download, never opened on our origin
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`a[href="/campaign/evidence/${ev.id}/body"]`)]);
    expect(download.suggestedFilename()).toBe(`${ev.body_sha256}.html`);
    await page.close();
  });
});
