// Link verification throughput: 500 links on a local fixture server (50 hosts, latencies 50 ms–2 s,
// log-uniform) verified by the durable worker (SQLite queue, bounded concurrency, one request per host
// at a time) against verifying links one by one, measured on a sample of the same links in the same run.
import type { Alert } from '../src/campaign/alert.js';
import { verifyLink } from '../src/campaign/verify/verify.js';
import { VerificationWorker } from '../src/campaign/verify/worker.js';
import { DATA_DIR } from '../src/paths.js';
import { jobVerifier } from '../src/server/routes/verification-service.js';
import { migrate, openStore } from '../src/store/db.js';
import { seedDemo } from '../src/store/seed.js';
import { storeJobs } from '../src/store/verification.js';
import { startFixture } from '../test/fixtures/pages/server.js';
import { campaignWithLinks, fixtureVerifier } from '../test/integration/verify-helpers.js';
import type { Bench } from './harness.js';

const LINKS = 500;
const HOSTS = 50;
const SAMPLE = 30;
const PAGES = ['/kk', '/ru', '/none', '/s/akimat_sko/42'];

/** A deterministic log-uniform latency in [50, 2000] ms for link i. */
function latency(i: number): number {
  const u = ((i * 2654435761) % 4294967296) / 4294967296;
  return Math.round(50 * Math.exp(u * Math.log(2000 / 50)));
}

const bench: Bench = {
  name: 'verify',
  async run() {
    const fx = await startFixture();
    const urls = Array.from({ length: LINKS }, (_, i) => `http://site${i % HOSTS}.test:${fx.port}${PAGES[i % PAGES.length]}?delay=${latency(i)}&i=${i}`);
    const store = await openStore({ sqlitePath: ':memory:' });
    await migrate(store);
    await seedDemo(store, DATA_DIR, new Date().toISOString());
    const alertRow = await store.db.selectFrom('alerts').selectAll().executeTakeFirstOrThrow();
    const alert: Alert = { slug: alertRow.slug, content: JSON.parse(alertRow.content) as Alert['content'], hotlines: [], sourceUrl: null };

    // Baseline: one link after another, every step the same (guard, fetch, extract, match).
    const one = fixtureVerifier(fx.port);
    // Every 17th link: 17 shares no factor with the 4 page kinds or the 50 hosts, so the sample mixes them all.
    const sample = urls.filter((_, i) => i % 17 === 0).slice(0, SAMPLE);
    let t0 = performance.now();
    let sampleVerified = 0;
    for (const url of sample) {
      const r = await verifyLink({ url, alert }, { fetch: (u) => one.fetch(u), clock: Date.now });
      if (r.status === 'verified') sampleVerified++;
    }
    const seqSeconds = (performance.now() - t0) / 1000;
    await one.close();
    const seqRate = sample.length / seqSeconds;

    // The worker over the durable queue.
    const ids = await campaignWithLinks(store.db, urls);
    const setup = fixtureVerifier(fx.port);
    const worker = new VerificationWorker({
      jobs: storeJobs(store.db),
      verify: jobVerifier(store.db, setup, Date.now, 'https://saqbol.kz/check'),
      owner: 'bench',
      clock: Date.now,
      concurrency: 48,
      politenessMs: 100,
      pollMs: 20,
    });
    t0 = performance.now();
    await worker.drain();
    const wall = (performance.now() - t0) / 1000;
    await worker.stop();
    await setup.close();
    const done = await store.db.selectFrom('publications').select('verify_status').where('id', 'in', ids).execute();
    const final = done.filter((d) => d.verify_status !== 'pending').length;
    const verified = done.filter((d) => d.verify_status === 'verified').length;
    process.stderr.write(
      `  ${final}/${LINKS} links final (${verified} verified), max ${Math.max(...fx.maxPerHost.values())} request(s) at once per host, ` +
        `${fx.maxTotal} at once in all; sample one by one: ${sample.length} links in ${seqSeconds.toFixed(1)} s (${sampleVerified} verified)\n`,
    );
    await store.close();
    await fx.close();
    if (final !== LINKS) throw new Error(`only ${final} of ${LINKS} links reached a final state`);
    return [
      { name: 'verify.throughput-500-links', value: LINKS / wall, unit: 'links/s', baseline: { name: 'one-by-one', value: seqRate } },
      { name: 'verify.wall-500-links', value: wall, unit: 's', lowerIsBetter: true, baseline: { name: 'one-by-one (extrapolated)', value: LINKS / seqRate } },
    ];
  },
};
export default bench;
