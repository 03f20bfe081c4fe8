// Kill the verifying process (SIGKILL) and the site it is reading mid-verification, restart both:
// every link still ends in a final state with its evidence, none is lost or checked twice at once.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VerificationWorker } from '../../src/campaign/verify/worker.js';
import { DATA_DIR, PACKAGE_ROOT } from '../../src/paths.js';
import { jobVerifier } from '../../src/server/routes/verification-service.js';
import { migrate, openStore } from '../../src/store/db.js';
import type { Store } from '../../src/store/db.js';
import { seedDemo } from '../../src/store/seed.js';
import { storeJobs } from '../../src/store/verification.js';
import { startFixture } from '../fixtures/pages/server.js';
import { dropTestSchemas, storeCases } from '../helpers/stores.js';
import { campaignWithLinks, fixtureVerifier } from './verify-helpers.js';
import { testDir } from '../helpers/temp-dir.js';

afterAll(dropTestSchemas);

async function until(what: () => Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await what()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('timed out waiting');
}

describe.each(storeCases())('verification survives a crash on $kind', ({ kind, open }) => {
  it('resumes after SIGKILL of the worker and a restart of the site', { timeout: 120_000 }, async () => {
    let store: Store;
    let env: Record<string, string>;
    if (kind === 'sqlite') {
      const file = join(testDir('verify'), 'db.sqlite');
      store = await openStore({ sqlitePath: file });
      await migrate(store);
      env = { STORE: file };
    } else {
      store = await open();
      env = { STORE: process.env.DATABASE_URL!, PG_SCHEMA: store.schema! };
    }
    await seedDemo(store, DATA_DIR, '2026-12-01T00:00:00.000Z');
    let fx = await startFixture();
    const port = fx.port;
    const urls = Array.from({ length: 10 }, (_, i) => `http://site${i}.test:${port}/${i % 2 ? 'ru' : 'kk'}?delay=${i < 2 ? 50 : 2500}`);
    const ids = await campaignWithLinks(store.db, urls);

    const child = spawn(process.execPath, ['--import', 'tsx', 'test/integration/verify-child.ts'], {
      cwd: PACKAGE_ROOT,
      env: { ...process.env, ...env, FIXTURE_PORT: String(port) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_c, sig) => { r(sig); }));
    // mid-verification: the fast links are done, the slow ones are being fetched under the child's leases
    await until(async () => {
      const done = await store.db.selectFrom('evidence').select('id').where('publication_id', 'in', ids).execute();
      const running = await store.db.selectFrom('verification_jobs').select('publication_id').where('state', '=', 'running').where('publication_id', 'in', ids).execute();
      return done.length >= 2 && running.length >= 2;
    }, 30_000);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    await fx.close();
    fx = await startFixture(port);

    const stillPending = await store.db.selectFrom('publications').select('id').where('id', 'in', ids).where('verify_status', '=', 'pending').execute();
    expect(stillPending.length).toBeGreaterThan(0);

    // A new worker after the crash: the dead worker's leases (two minutes) have expired by its clock.
    const setup = fixtureVerifier(port);
    const later = () => Date.now() + 5 * 60_000;
    const worker = new VerificationWorker({
      jobs: storeJobs(store.db),
      verify: jobVerifier(store.db, setup, later, 'https://saqbol.kz/check'),
      owner: 'after-restart',
      clock: later,
      concurrency: 10,
      politenessMs: 0,
      pollMs: 50,
    });
    await worker.drain();
    await worker.stop();
    await setup.close();
    await fx.close();

    const pubs = await store.db.selectFrom('publications').select(['id', 'verify_status']).where('id', 'in', ids).execute();
    expect(pubs.map((p) => p.verify_status)).toEqual(ids.map(() => 'verified'));
    const jobs = await store.db.selectFrom('verification_jobs').select(['state']).where('publication_id', 'in', ids).execute();
    expect(jobs.every((j) => j.state === 'done')).toBe(true);
    for (const id of ids) {
      const ev = await store.db.selectFrom('evidence').select('id').where('publication_id', '=', id).execute();
      // one check per link: the killed worker's unfinished checks left nothing behind
      expect(ev.length).toBe(1);
    }
    expect(worker.completed).toBe(stillPending.length);
    await store.close();
  });
});
