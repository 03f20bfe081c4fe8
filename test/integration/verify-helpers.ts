// Shared by the verification integration tests: campaign rows to verify, and a verifier aimed at the fixture server.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { createVerifier } from '../../src/campaign/verify/verifier.js';
import type { VerifierSetup } from '../../src/campaign/verify/verifier.js';
import type { Database } from '../../src/store/schema.js';

/** A directive on the seeded alert, one assignment, and one publication per URL; returns the publication ids. */
export async function campaignWithLinks(db: Kysely<Database>, urls: string[], now = '2026-12-01T06:00:00.000Z', token = `tok-${Math.random().toString(36).slice(2)}-secret`): Promise<number[]> {
  const alert = await db.selectFrom('alerts').select('id').orderBy('id').executeTakeFirstOrThrow();
  const inst = await db.selectFrom('institutions').select('id').orderBy('id').executeTakeFirstOrThrow();
  const d = await db
    .insertInto('directives')
    .values({ alert_id: alert.id, title: 'Callback lures', recipients: '{}', deadline: '2026-12-22T13:00:00.000Z', platforms: '[]', instructions: '', created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const a = await db
    .insertInto('assignments')
    .values({ directive_id: d.id, institution_id: inst.id, token_hash: createHash('sha256').update(token).digest('hex'), token_sealed: 'x', issued_at: now, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const ids: number[] = [];
  for (const url of urls) {
    const p = await db
      .insertInto('publications')
      .values({ assignment_id: a.id, url, platform: 'site', declared_lang: null, submitted_at: now, late: 0, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(p.id);
  }
  return ids;
}

/** A verifier that may reach the fixture on 127.0.0.1:port, and resolves `*.test` names to it. */
export function fixtureVerifier(port: number, extra: { timeoutMs?: number; render?: boolean } = {}): VerifierSetup {
  return createVerifier({
    ...(extra.render ? {} : { chromium: false as const }),
    connections: 8,
    guard: {
      testOnlyAllow: [{ address: '127.0.0.1', port }],
      resolver: async (host) => {
        if (host.endsWith('.test')) return [{ address: '127.0.0.1', family: 4 }];
        throw Object.assign(new Error('no such host'), { code: 'ENOTFOUND' });
      },
      ...(extra.timeoutMs ? { timeoutMs: extra.timeoutMs } : {}),
    },
  });
}
