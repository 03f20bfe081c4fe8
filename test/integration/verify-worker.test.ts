// The durable verification queue on SQLite and PostgreSQL: links end in a final state with their evidence,
// hosts are visited one request at a time, re-checks find posts that disappeared ("gone since").
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VerificationWorker } from '../../src/campaign/verify/worker.js';
import { DATA_DIR } from '../../src/paths.js';
import { jobVerifier } from '../../src/server/routes/verification-service.js';
import type { Store } from '../../src/store/db.js';
import { seedDemo } from '../../src/store/seed.js';
import { evidenceBody, evidenceOf, latestEvidence } from '../../src/store/evidence.js';
import { jobOf, queueDueRechecks, requestRecheck, storeJobs } from '../../src/store/verification.js';
import { startFixture } from '../fixtures/pages/server.js';
import type { Fixture } from '../fixtures/pages/server.js';
import { dropTestSchemas, storeCases } from '../helpers/stores.js';
import { campaignWithLinks, fixtureVerifier } from './verify-helpers.js';

afterAll(dropTestSchemas);

describe.each(storeCases())('verification queue on $kind', ({ open }) => {
  let store: Store;
  let fx: Fixture;
  beforeAll(async () => {
    store = await open();
    await seedDemo(store, DATA_DIR, '2026-12-01T00:00:00.000Z');
    fx = await startFixture();
  });
  afterAll(async () => {
    await fx.close();
    await store.close();
  });

  function worker(clock: () => number, opts: { concurrency?: number; politenessMs?: number } = {}) {
    const setup = fixtureVerifier(fx.port, { timeoutMs: 1500 });
    const w = new VerificationWorker({
      jobs: storeJobs(store.db),
      verify: jobVerifier(store.db, setup, clock, 'https://saqbol.kz/check'),
      owner: `test-${Math.random()}`,
      clock,
      concurrency: opts.concurrency ?? 4,
      politenessMs: opts.politenessMs ?? 0,
      pollMs: 50,
    });
    return { w, close: () => w.stop().then(() => setup.close()) };
  }

  it('brings every link to a final state with its evidence, and updates the publication', async () => {
    const urls = [`${fx.base}/kk`, `${fx.base}/ru`, `${fx.base}/none`, `${fx.base}/gone-404`, `${fx.base}/to-loopback`, `${fx.base}/slow`, `${fx.base}/s/akimat_sko/42`];
    const ids = await campaignWithLinks(store.db, urls);
    const { w, close } = worker(Date.now);
    await w.drain();
    await close();
    const pubs = await store.db.selectFrom('publications').select(['id', 'verify_status', 'verify_reason', 'verified_at']).where('id', 'in', ids).orderBy('id').execute();
    expect(pubs.map((p) => p.verify_status)).toEqual(['verified', 'verified', 'no_mention', 'unreachable', 'refused', 'unreachable', 'verified']);
    expect(pubs[0]!.verified_at).not.toBeNull();
    expect(pubs[3]!.verify_reason).toBe('HTTP 404');
    expect(pubs[4]!.verify_reason).toMatch(/loopback/);
    const latest = await latestEvidence(store.db, ids);
    expect(latest.size).toBe(ids.length);
    const kk = latest.get(ids[0]!)!;
    expect(kk.checkedAtLocal).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \(UTC\+05:00\)$/);
    expect(kk.matchedTerms.length).toBeGreaterThanOrEqual(2);
    expect(kk.langs.main).toBe('kk');
    const body = await evidenceBody(store.db, kk.id);
    expect(body).toBeDefined();
    expect(createHash('sha256').update(body!.body).digest('hex')).toBe(kk.bodySha256);
    // unreachable links that were never verified are retried later, and say so by their job's state
    expect((await jobOf(store.db, ids[3]!))?.state).toBe('queued');
    expect((await jobOf(store.db, ids[0]!))?.state).toBe('done');
  });

  it('visits one host one request at a time, and several hosts at once', async () => {
    fx.maxPerHost.clear();
    const urls: string[] = [];
    for (let i = 0; i < 12; i++) urls.push(`http://site${i % 3}.test:${fx.port}/ru?delay=60&n=${i}`);
    const ids = await campaignWithLinks(store.db, urls);
    const { w, close } = worker(Date.now, { concurrency: 6 });
    const t0 = Date.now();
    await w.drain();
    await close();
    const took = Date.now() - t0;
    const statuses = await store.db.selectFrom('publications').select('verify_status').where('id', 'in', ids).execute();
    expect(statuses.every((s) => s.verify_status === 'verified')).toBe(true);
    for (let h = 0; h < 3; h++) expect(fx.maxPerHost.get(`site${h}.test:${fx.port}`)).toBe(1);
    // three hosts in parallel: well under the 12 × 60 ms a single line would take
    expect(took).toBeLessThan(12 * 60 + 2000);
    expect(fx.maxTotal).toBeGreaterThanOrEqual(2);
  });

  it('re-checks on demand and on schedule; a post taken down shows as gone since the first failed check', async () => {
    const [id] = await campaignWithLinks(store.db, [`${fx.base}/kk?post=gone-test`]);
    let now = Date.parse('2026-12-05T06:00:00Z');
    const clock = () => now;
    const { w, close } = worker(clock);
    await w.drain();
    expect((await store.db.selectFrom('publications').select('verify_status').where('id', '=', id!).executeTakeFirstOrThrow()).verify_status).toBe('verified');

    fx.gone.add('/kk');
    now += 3600_000;
    expect(await requestRecheck(store.db, id!, new Date(now).toISOString())).toBe(true);
    await w.drain();
    const firstFail = new Date(now).toISOString();
    let p = await store.db.selectFrom('publications').selectAll().where('id', '=', id!).executeTakeFirstOrThrow();
    expect(p.verify_status).toBe('unreachable');
    expect(p.verify_reason).toBe(`gone since ${firstFail}: HTTP 410`);
    expect(p.verified_at).toBe('2026-12-05T06:00:00.000Z');

    // the schedule: nothing is due before a day has passed, then the job is queued again
    now += 3600_000;
    await queueDueRechecks(store.db, new Date(now).toISOString());
    expect((await jobOf(store.db, id!))?.state).toBe('done');
    now += 25 * 3600_000;
    expect(await queueDueRechecks(store.db, new Date(now).toISOString())).toBeGreaterThanOrEqual(1);
    expect((await jobOf(store.db, id!))?.state).toBe('queued');
    await w.drain();
    p = await store.db.selectFrom('publications').selectAll().where('id', '=', id!).executeTakeFirstOrThrow();
    expect(p.verify_reason).toBe(`gone since ${firstFail}: HTTP 410`);
    expect((await jobOf(store.db, id!))?.goneSince).toBe(firstFail);

    // it comes back: verified again, no longer gone
    fx.gone.delete('/kk');
    now += 60_000;
    await requestRecheck(store.db, id!, new Date(now).toISOString());
    await w.drain();
    await close();
    p = await store.db.selectFrom('publications').selectAll().where('id', '=', id!).executeTakeFirstOrThrow();
    expect(p.verify_status).toBe('verified');
    expect((await jobOf(store.db, id!))?.goneSince).toBeNull();
    expect((await evidenceOf(store.db, id!)).length).toBe(4);
  });

  it('re-verifies an edited URL and never writes a stale result over it', async () => {
    const [id] = await campaignWithLinks(store.db, [`${fx.base}/none?edit=1`]);
    const { w, close } = worker(Date.now);
    await w.drain();
    expect((await jobOf(store.db, id!))?.state).toBe('done');
    await store.db.updateTable('publications').set({ url: `${fx.base}/ru?edit=2`, verify_status: 'pending' }).where('id', '=', id!).execute();
    await w.drain();
    await close();
    const p = await store.db.selectFrom('publications').select(['verify_status']).where('id', '=', id!).executeTakeFirstOrThrow();
    expect(p.verify_status).toBe('verified');
  });
});
