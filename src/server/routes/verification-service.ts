// Runs link verification inside the app: the durable worker over the store, Chromium when installed,
// and a croner timer that moves due re-checks back to the queue (the schedule itself lives in the database).
import { randomBytes } from 'node:crypto';
import { Cron } from 'croner';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Alert } from '../../campaign/alert.js';
import { buildPressKit } from '../../campaign/presskit/index.js';
import type { VerifierOptions, VerifierSetup } from '../../campaign/verify/verifier.js';
import { createVerifier } from '../../campaign/verify/verifier.js';
import { verifyLink } from '../../campaign/verify/verify.js';
import type { VerificationResult } from '../../campaign/verify/verify.js';
import { VerificationWorker } from '../../campaign/verify/worker.js';
import type { ClaimedJob } from '../../campaign/verify/worker.js';
import type { Database } from '../../store/schema.js';
import { DEFAULT_QUEUE_POLICY, publicationContext, queueDueRechecks, storeJobs } from '../../store/verification.js';
import type { QueuePolicy } from '../../store/verification.js';

/** The press kit's texts for an alert, to recognise a publication that reproduces one. */
export function kitTextsOf(alert: Alert, checkUrl: string): string[] {
  try {
    const kit = buildPressKit(alert, { checkUrl });
    return kit.variants.map((v) => v.text);
  } catch {
    // A kit that cannot be built (templates under review) leaves matching to the key terms.
    return [];
  }
}

/** Verifies one claimed job: looks up its publication's alert, then checks the link. */
export function jobVerifier(db: Kysely<Database>, setup: VerifierSetup, clock: () => number, checkUrl: string) {
  const kits = new Map<string, string[]>();
  return async (job: ClaimedJob): Promise<VerificationResult> => {
    const ctx = await publicationContext(db, job.publicationId);
    if (!ctx) throw new Error(`publication ${job.publicationId} is gone`);
    const key = `${ctx.alert.id ?? ctx.alert.slug}`;
    let kitTexts = kits.get(key);
    if (!kitTexts) {
      kitTexts = kitTextsOf(ctx.alert, checkUrl);
      kits.set(key, kitTexts);
    }
    return verifyLink({ url: job.url, alert: ctx.alert, kitTexts }, { fetch: (url) => setup.fetch(url), renderer: setup.renderer, screenshots: setup.screenshots, clock });
  };
}

export interface VerificationService {
  worker: VerificationWorker;
  setup: VerifierSetup;
  close(): Promise<void>;
}

export interface ServiceOptions {
  db: Kysely<Database>;
  logger: Logger;
  clock: () => number;
  publicUrl: string;
  verifier?: VerifierOptions;
  queue?: QueuePolicy;
  concurrency?: number;
  politenessMs?: number;
  /** Cron pattern for moving due re-checks to the queue; every 10 minutes by default. */
  recheckPattern?: string;
}

export function startVerification(o: ServiceOptions): VerificationService {
  const setup = createVerifier(o.verifier);
  if (setup.rendererMissing) o.logger.info({ reason: setup.rendererMissing }, 'verification runs without Chromium');
  const worker = new VerificationWorker({
    jobs: storeJobs(o.db, o.queue ?? DEFAULT_QUEUE_POLICY),
    verify: jobVerifier(o.db, setup, o.clock, `${o.publicUrl}/check`),
    owner: `${process.pid}-${randomBytes(4).toString('hex')}`,
    clock: o.clock,
    concurrency: o.concurrency ?? 8,
    politenessMs: o.politenessMs ?? 1000,
    onError: (err, job) => { o.logger.warn({ err, publication: job?.publicationId }, 'verification job failed; it will be retried'); },
  });
  worker.start();
  const timer = new Cron(o.recheckPattern ?? '*/10 * * * *', { protect: true, unref: true }, async () => {
    const n = await queueDueRechecks(o.db, new Date(o.clock()).toISOString());
    if (n > 0) {
      o.logger.info({ n }, 're-checks queued');
      worker.kick();
    }
  });
  return {
    worker,
    setup,
    async close() {
      timer.stop();
      await worker.stop();
      await setup.close();
    },
  };
}
