// The durable verification queue: one job per publication, claimed under a lease so a crashed worker's
// jobs come back; results update the publication (verify_status/reason/verified_at) and the evidence
// archive in one transaction. A link that was verified and then fails shows as "gone since …".
import type { Kysely } from 'kysely';
import type { Alert } from '../campaign/alert.js';
import type { ClaimedJob, JobStore } from '../campaign/verify/worker.js';
import { insertCheckEvidence } from './evidence.js';
import type { Database } from './schema.js';

export interface QueuePolicy {
  /** A verified or final link is checked again after this long. */
  recheckMs: number;
  /** An unreachable link is retried sooner, with this base delay doubling per attempt, up to maxAttempts. */
  retryMs: number;
  maxAttempts: number;
}

export const DEFAULT_QUEUE_POLICY: QueuePolicy = { recheckMs: 24 * 3600_000, retryMs: 10 * 60_000, maxAttempts: 3 };

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

function plus(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString();
}

export function storeJobs(db: Kysely<Database>, policy: QueuePolicy = DEFAULT_QUEUE_POLICY): JobStore {
  return {
    async sync(now) {
      let changed = 0;
      const missing = await db
        .selectFrom('publications as p')
        .leftJoin('verification_jobs as j', 'j.publication_id', 'p.id')
        .select(['p.id', 'p.url'])
        .where('j.publication_id', 'is', null)
        .where('p.withdrawn_at', 'is', null)
        .limit(500)
        .execute();
      for (const p of missing) {
        const res = await db
          .insertInto('verification_jobs')
          .values({ publication_id: p.id, url: p.url, host: hostOf(p.url), state: 'queued', run_after: now, requested_at: now, updated_at: now })
          .onConflict((oc) => oc.column('publication_id').doNothing())
          .executeTakeFirst();
        changed += Number(res.numInsertedOrUpdatedRows ?? 0);
      }
      // An edited link is a new link: verify it again from scratch.
      const edited = await db
        .selectFrom('publications as p')
        .innerJoin('verification_jobs as j', 'j.publication_id', 'p.id')
        .select(['p.id', 'p.url'])
        .whereRef('p.url', '<>', 'j.url')
        .where('p.withdrawn_at', 'is', null)
        .limit(500)
        .execute();
      for (const p of edited) {
        await db
          .updateTable('verification_jobs')
          .set({ url: p.url, host: hostOf(p.url), state: 'queued', attempts: 0, run_after: now, lease_until: null, lease_owner: null, gone_since: null, requested_at: now, updated_at: now })
          .where('publication_id', '=', p.id)
          .execute();
        changed++;
      }
      return changed;
    },

    async claim({ now, leaseUntil, owner, limit, skipHosts }) {
      if (limit <= 0) return [];
      let q = db
        .selectFrom('verification_jobs as j')
        .innerJoin('publications as p', 'p.id', 'j.publication_id')
        .select(['j.publication_id', 'j.url', 'j.host', 'j.attempts', 'j.state', 'j.lease_until'])
        .where('p.withdrawn_at', 'is', null)
        .where((eb) =>
          eb.or([
            eb.and([eb('j.state', '=', 'queued'), eb('j.run_after', '<=', now)]),
            eb.and([eb('j.state', '=', 'running'), eb('j.lease_until', '<', now)]),
          ]),
        )
        .orderBy('j.run_after')
        .orderBy('j.publication_id')
        .limit(limit * 4 + skipHosts.length);
      if (skipHosts.length > 0) q = q.where('j.host', 'not in', skipHosts);
      const candidates = await q.execute();
      const out: ClaimedJob[] = [];
      const hosts = new Set<string>();
      for (const c of candidates) {
        if (out.length >= limit) break;
        if (hosts.has(c.host)) continue; // one request per host at a time
        // Compare-and-set on the state we read: two workers never hold the same job.
        let upd = db
          .updateTable('verification_jobs')
          .set({ state: 'running', lease_until: leaseUntil, lease_owner: owner, attempts: c.attempts + 1, updated_at: now })
          .where('publication_id', '=', c.publication_id)
          .where('state', '=', c.state)
          .where('attempts', '=', c.attempts);
        upd = c.lease_until === null ? upd.where('lease_until', 'is', null) : upd.where('lease_until', '=', c.lease_until);
        const res = await upd.executeTakeFirst();
        if (Number(res.numUpdatedRows) !== 1) continue;
        hosts.add(c.host);
        out.push({ publicationId: c.publication_id, url: c.url, host: c.host, attempts: c.attempts + 1 });
      }
      return out;
    },

    async complete(job, r, owner) {
      await db.transaction().execute(async (tx) => {
        const current = await tx.selectFrom('verification_jobs').select(['lease_owner', 'url', 'gone_since', 'state']).where('publication_id', '=', job.publicationId).executeTakeFirst();
        // The job was taken over (our lease expired) or its URL was edited meanwhile: this result is stale.
        if (current?.lease_owner !== owner || current.state !== 'running' || current.url !== job.url) return;
        const evidenceId = await insertCheckEvidence(tx, job.publicationId, r);
        const wasVerified = await tx
          .selectFrom('evidence')
          .select('id')
          .where('publication_id', '=', job.publicationId)
          .where('status', '=', 'verified')
          .where('id', '<>', evidenceId)
          .limit(1)
          .executeTakeFirst();
        const lost = r.status === 'unreachable' || r.status === 'no_mention';
        const goneSince = r.status === 'verified' ? null : wasVerified && lost ? (current.gone_since ?? r.checkedAt) : current.gone_since;
        const retry = r.status === 'unreachable' && !wasVerified && job.attempts < policy.maxAttempts;
        const next = retry ? plus(r.checkedAt, policy.retryMs * 2 ** (job.attempts - 1)) : plus(r.checkedAt, policy.recheckMs);
        await tx
          .updateTable('verification_jobs')
          .set({
            state: retry ? 'queued' : 'done',
            run_after: next,
            next_check_at: retry ? null : next,
            attempts: retry ? job.attempts : 0,
            lease_until: null,
            lease_owner: null,
            last_evidence_id: evidenceId,
            gone_since: goneSince,
            updated_at: r.checkedAt,
          })
          .where('publication_id', '=', job.publicationId)
          .execute();
        const reason = goneSince && r.status !== 'verified' ? `gone since ${goneSince}: ${r.reason}` : r.reason;
        await tx
          .updateTable('publications')
          .set({
            verify_status: r.status,
            verify_reason: reason.slice(0, 1000),
            ...(r.status === 'verified' ? { verified_at: r.checkedAt } : {}),
          })
          .where('id', '=', job.publicationId)
          .execute();
      });
    },
  };
}

/** Queues a re-check now (the authority asked). False when the publication has no live job. */
export async function requestRecheck(db: Kysely<Database>, publicationId: number, now: string): Promise<boolean> {
  const res = await db
    .updateTable('verification_jobs')
    .set({ state: 'queued', run_after: now, attempts: 0, requested_at: now, updated_at: now })
    .where('publication_id', '=', publicationId)
    .where('state', '<>', 'running')
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 1) return true;
  const running = await db.selectFrom('verification_jobs').select('state').where('publication_id', '=', publicationId).executeTakeFirst();
  return running?.state === 'running';
}

/** Moves finished jobs whose next check is due back to the queue (the schedule's timer calls this). */
export async function queueDueRechecks(db: Kysely<Database>, now: string): Promise<number> {
  const res = await db
    .updateTable('verification_jobs')
    .set({ state: 'queued', run_after: now, attempts: 0, updated_at: now })
    .where('state', '=', 'done')
    .where('next_check_at', 'is not', null)
    .where('next_check_at', '<=', now)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export interface JobView {
  state: string;
  attempts: number;
  nextCheckAt: string | null;
  goneSince: string | null;
  requestedAt: string;
}

export async function jobOf(db: Kysely<Database>, publicationId: number): Promise<JobView | undefined> {
  const r = await db.selectFrom('verification_jobs').selectAll().where('publication_id', '=', publicationId).executeTakeFirst();
  return r ? { state: r.state, attempts: r.attempts, nextCheckAt: r.next_check_at, goneSince: r.gone_since, requestedAt: r.requested_at } : undefined;
}

export interface PublicationContext {
  publicationId: number;
  url: string;
  platform: string;
  declaredLang: string | null;
  submittedAt: string;
  verifyStatus: string;
  verifyReason: string | null;
  verifiedAt: string | null;
  withdrawnAt: string | null;
  assignmentId: number;
  directiveId: number;
  directiveTitle: string;
  institution: { id: number; nameKk: string; nameRu: string };
  alert: Alert;
}

/** A publication with what verification needs around it: its institution and the alert it must carry. */
export async function publicationContext(db: Kysely<Database>, publicationId: number): Promise<PublicationContext | undefined> {
  const r = await db
    .selectFrom('publications as p')
    .innerJoin('assignments as a', 'a.id', 'p.assignment_id')
    .innerJoin('directives as d', 'd.id', 'a.directive_id')
    .innerJoin('institutions as i', 'i.id', 'a.institution_id')
    .innerJoin('alerts as al', 'al.id', 'd.alert_id')
    .select([
      'p.id', 'p.url', 'p.platform', 'p.declared_lang', 'p.submitted_at', 'p.verify_status', 'p.verify_reason', 'p.verified_at', 'p.withdrawn_at',
      'a.id as assignment_id', 'd.id as directive_id', 'd.title as directive_title', 'i.id as institution_id', 'i.name_kk', 'i.name_ru',
      'al.id as alert_id', 'al.slug', 'al.content', 'al.hotlines', 'al.source_url',
    ])
    .where('p.id', '=', publicationId)
    .executeTakeFirst();
  if (!r) return undefined;
  return {
    publicationId: r.id,
    url: r.url,
    platform: r.platform,
    declaredLang: r.declared_lang,
    submittedAt: r.submitted_at,
    verifyStatus: r.verify_status,
    verifyReason: r.verify_reason,
    verifiedAt: r.verified_at,
    withdrawnAt: r.withdrawn_at,
    assignmentId: r.assignment_id,
    directiveId: r.directive_id,
    directiveTitle: r.directive_title,
    institution: { id: r.institution_id, nameKk: r.name_kk, nameRu: r.name_ru },
    alert: {
      id: r.alert_id,
      slug: r.slug,
      content: JSON.parse(r.content) as Alert['content'],
      hotlines: JSON.parse(r.hotlines) as Alert['hotlines'],
      sourceUrl: r.source_url,
    },
  };
}
