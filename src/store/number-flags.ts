// Number flags: numbers Watch (or another detector) flagged, with score and reasons; the Check
// number lookup and the /watch page read them.
import type { Kysely } from 'kysely';
import { parseReasons } from '../watch/alert.js';
import type { Reason } from '../watch/alert.js';
import type { Database } from './schema.js';

export interface NumberFlag {
  number: string;
  source: string;
  score: number;
  reasons: Reason[];
  firstTs: string;
  lastTs: string;
  alerts: number;
  createdAt: string;
  updatedAt: string;
}

export interface FlagInput {
  number: string;
  source: string;
  score: number;
  reasons: Reason[];
  /** Event time of the alert, ISO-8601. */
  ts: string;
  /** Wall-clock time of the write, ISO-8601. */
  now: string;
}

type Row = Database['number_flags'];

function toFlag(r: Pick<Row, 'number' | 'source' | 'score' | 'reasons' | 'first_ts' | 'last_ts' | 'alerts' | 'created_at' | 'updated_at'>): NumberFlag {
  return {
    number: r.number,
    source: r.source,
    score: r.score,
    reasons: parseReasons(r.reasons),
    firstTs: r.first_ts,
    lastTs: r.last_ts,
    alerts: r.alerts,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/**
 * Records an alert: a new flag, or an update of the number's flag from the same source (latest
 * score and reasons, the time span widened, one more alert). Times compare as ISO strings.
 */
export async function recordFlag(db: Kysely<Database>, f: FlagInput): Promise<void> {
  const reasons = JSON.stringify(f.reasons);
  await db
    .insertInto('number_flags')
    .values({
      number: f.number,
      source: f.source,
      score: f.score,
      reasons,
      first_ts: f.ts,
      last_ts: f.ts,
      alerts: 1,
      created_at: f.now,
      updated_at: f.now,
    })
    .onConflict((oc) =>
      oc.columns(['number', 'source']).doUpdateSet((eb) => ({
        score: eb.ref('excluded.score'),
        reasons: eb.ref('excluded.reasons'),
        first_ts: eb.case().when('number_flags.first_ts', '<', eb.ref('excluded.first_ts')).then(eb.ref('number_flags.first_ts')).else(eb.ref('excluded.first_ts')).end(),
        last_ts: eb.case().when('number_flags.last_ts', '>', eb.ref('excluded.last_ts')).then(eb.ref('number_flags.last_ts')).else(eb.ref('excluded.last_ts')).end(),
        alerts: eb('number_flags.alerts', '+', 1),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}

/** Every flag of one number (a normalized key), highest score first. */
export async function flagsFor(db: Kysely<Database>, numberKey: string): Promise<NumberFlag[]> {
  const rows = await db.selectFrom('number_flags').selectAll().where('number', '=', numberKey).orderBy('score', 'desc').execute();
  return rows.map(toFlag);
}

/** The most recently active flags (by event time), for the /watch page. */
export async function latestFlags(db: Kysely<Database>, limit = 50): Promise<NumberFlag[]> {
  const rows = await db.selectFrom('number_flags').selectAll().orderBy('last_ts', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map(toFlag);
}

export async function countFlags(db: Kysely<Database>): Promise<number> {
  const r = await db.selectFrom('number_flags').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}
