// A verification worker in a process of its own, so a test can kill it with SIGKILL mid-work.
// Env: STORE (sqlite path, or a postgres URL), PG_SCHEMA, FIXTURE_PORT.
import { VerificationWorker } from '../../src/campaign/verify/worker.js';
import { jobVerifier } from '../../src/server/routes/verification-service.js';
import { openStore } from '../../src/store/db.js';
import { storeJobs } from '../../src/store/verification.js';
import { fixtureVerifier } from './verify-helpers.js';

const target = process.env.STORE ?? '';
const store = target.startsWith('postgres')
  ? await openStore({ databaseUrl: target, ...(process.env.PG_SCHEMA ? { pgSchema: process.env.PG_SCHEMA } : {}) })
  : await openStore({ sqlitePath: target });
const setup = fixtureVerifier(Number(process.env.FIXTURE_PORT));
const worker = new VerificationWorker({
  jobs: storeJobs(store.db),
  verify: jobVerifier(store.db, setup, Date.now, 'https://saqbol.kz/check'),
  owner: `child-${process.pid}`,
  clock: Date.now,
  concurrency: 4,
  politenessMs: 0,
  pollMs: 50,
});
worker.start();
process.stdout.write('started\n');
