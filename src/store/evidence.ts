// The evidence archive: one row per check of a publication (raw body gzip + SHA-256, extracted text and
// metadata, kept headers, UTC and Almaty times, screenshot), and screenshots institutions upload for
// pages behind a login wall, which the authority confirms or rejects.
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Kysely, Selectable } from 'kysely';
import type { VerificationResult } from '../campaign/verify/verify.js';
import type { Database, EvidenceTable } from './schema.js';

// Building an Intl formatter costs about a millisecond; every check needs one, so it is made once.
const ALMATY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Almaty',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

/** "2026-12-02 14:30:00 (UTC+05:00)" in Asia/Almaty, the time people in the region read. */
export function almatyTime(iso: string): string {
  const parts = ALMATY.formatToParts(new Date(iso));
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '';
  const offset = get('timeZoneName').replace('GMT', 'UTC') || 'UTC';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')} (${offset})`;
}

export interface EvidenceSummary {
  id: number;
  publicationId: number;
  source: 'check' | 'upload';
  status: string;
  reason: string;
  checkedAt: string;
  checkedAtLocal: string;
  requestedUrl: string;
  fetchedUrl: string;
  finalUrl: string | null;
  httpStatus: number | null;
  hops: { url: string; status: number }[];
  title: string | null;
  publishedAt: string | null;
  publishedSource: string | null;
  modifiedAt: string | null;
  modifiedSource: string | null;
  langs: { shares: Record<string, number>; main: string | null; present: string[]; perParagraph?: string[] };
  matchedTerms: { lang: string; text: string; kind: string }[];
  kitOverlap: number | null;
  text: string;
  headers: Record<string, string>;
  bodySha256: string | null;
  bodyBytes: number | null;
  hasBody: boolean;
  hasScreenshot: boolean;
  screenshotType: string | null;
  screenshotSha256: string | null;
  rendered: boolean;
  durationMs: number;
  review: 'pending' | 'confirmed' | 'rejected' | null;
  reviewedAt: string | null;
}

const SUMMARY_COLUMNS = [
  'id', 'publication_id', 'source', 'status', 'reason', 'checked_at', 'checked_at_local', 'requested_url', 'fetched_url', 'final_url',
  'http_status', 'hops', 'title', 'published_at', 'published_source', 'modified_at', 'modified_source', 'langs', 'matched_terms',
  'kit_overlap', 'text', 'headers', 'body_sha256', 'body_bytes', 'screenshot_type', 'screenshot_sha256', 'rendered', 'duration_ms',
  'review', 'reviewed_at',
] as const;

type SummaryRow = Pick<Selectable<EvidenceTable>, (typeof SUMMARY_COLUMNS)[number]> & { has_body: number | string | boolean; has_shot: number | string | boolean };

function parse<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

function toSummary(r: SummaryRow): EvidenceSummary {
  return {
    id: r.id,
    publicationId: r.publication_id,
    source: r.source === 'upload' ? 'upload' : 'check',
    status: r.status,
    reason: r.reason,
    checkedAt: r.checked_at,
    checkedAtLocal: r.checked_at_local,
    requestedUrl: r.requested_url,
    fetchedUrl: r.fetched_url,
    finalUrl: r.final_url,
    httpStatus: r.http_status,
    hops: parse(r.hops, []),
    title: r.title,
    publishedAt: r.published_at,
    publishedSource: r.published_source,
    modifiedAt: r.modified_at,
    modifiedSource: r.modified_source,
    langs: { shares: {}, main: null, present: [], ...parse<Partial<EvidenceSummary['langs']>>(r.langs, {}) },
    matchedTerms: parse(r.matched_terms, []),
    kitOverlap: r.kit_overlap,
    text: r.text,
    headers: parse(r.headers, {}),
    bodySha256: r.body_sha256,
    bodyBytes: r.body_bytes,
    hasBody: Number(r.has_body) === 1 || r.has_body === true,
    hasScreenshot: Number(r.has_shot) === 1 || r.has_shot === true,
    screenshotType: r.screenshot_type,
    screenshotSha256: r.screenshot_sha256,
    rendered: r.rendered === 1,
    durationMs: r.duration_ms,
    review: r.review === 'pending' || r.review === 'confirmed' || r.review === 'rejected' ? r.review : null,
    reviewedAt: r.reviewed_at,
  };
}

function summaryQuery(db: Kysely<Database>) {
  return db
    .selectFrom('evidence')
    .select(SUMMARY_COLUMNS)
    .select((eb) => [
      eb.case().when('body_gz', 'is not', null).then(1).else(0).end().as('has_body'),
      eb.case().when('screenshot', 'is not', null).then(1).else(0).end().as('has_shot'),
    ]);
}

/** Writes one check's evidence; returns its id. */
export async function insertCheckEvidence(db: Kysely<Database>, publicationId: number, r: VerificationResult): Promise<number> {
  const row = await db
    .insertInto('evidence')
    .values({
      publication_id: publicationId,
      source: 'check',
      status: r.status,
      reason: r.reason,
      checked_at: r.checkedAt,
      checked_at_local: almatyTime(r.checkedAt),
      requested_url: r.requestedUrl,
      fetched_url: r.fetchedUrl,
      final_url: r.finalUrl,
      http_status: r.httpStatus,
      hops: JSON.stringify(r.hops),
      title: r.title,
      published_at: r.dates.published,
      published_source: r.dates.publishedSource,
      modified_at: r.dates.modified,
      modified_source: r.dates.modifiedSource,
      langs: JSON.stringify({ ...r.langs, perParagraph: r.paragraphLangs }),
      matched_terms: JSON.stringify(r.matched),
      kit_overlap: r.kitOverlap === null ? null : Math.round(r.kitOverlap * 100),
      text: r.text,
      headers: JSON.stringify(r.headers),
      body_gz: r.body ? gzipSync(r.body) : null,
      body_sha256: r.sha256,
      body_bytes: r.body ? r.body.length : null,
      screenshot: r.screenshot,
      screenshot_type: r.screenshot ? 'image/png' : null,
      screenshot_sha256: r.screenshot ? createHash('sha256').update(r.screenshot).digest('hex') : null,
      rendered: r.rendered ? 1 : 0,
      duration_ms: Math.round(r.ms),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface UploadedShot {
  publicationId: number;
  image: Buffer;
  type: string;
  now: string;
  url: string;
}

/** Keeps a screenshot an institution uploaded for a page behind a login wall; it waits for review. */
export async function insertUploadEvidence(db: Kysely<Database>, u: UploadedShot): Promise<number> {
  const row = await db
    .insertInto('evidence')
    .values({
      publication_id: u.publicationId,
      source: 'upload',
      status: 'needs_review',
      reason: 'screenshot uploaded by the institution; waiting for review',
      checked_at: u.now,
      checked_at_local: almatyTime(u.now),
      requested_url: u.url,
      fetched_url: u.url,
      screenshot: u.image,
      screenshot_type: u.type,
      screenshot_sha256: createHash('sha256').update(u.image).digest('hex'),
      review: 'pending',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function evidenceOf(db: Kysely<Database>, publicationId: number): Promise<EvidenceSummary[]> {
  const rows = await summaryQuery(db).where('publication_id', '=', publicationId).orderBy('checked_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map(toSummary);
}

export async function evidenceById(db: Kysely<Database>, id: number): Promise<EvidenceSummary | undefined> {
  const row = await summaryQuery(db).where('id', '=', id).executeTakeFirst();
  return row ? toSummary(row) : undefined;
}

/** The latest check per publication (hash and time for reports). */
export async function latestEvidence(db: Kysely<Database>, publicationIds: number[]): Promise<Map<number, EvidenceSummary>> {
  const out = new Map<number, EvidenceSummary>();
  if (publicationIds.length === 0) return out;
  const rows = await summaryQuery(db).where('publication_id', 'in', publicationIds).where('source', '=', 'check').orderBy('checked_at', 'desc').orderBy('id', 'desc').execute();
  for (const r of rows) if (!out.has(r.publication_id)) out.set(r.publication_id, toSummary(r));
  return out;
}

/** The archived raw body, decompressed, with the hash it was stored under. */
export async function evidenceBody(db: Kysely<Database>, id: number): Promise<{ body: Buffer; sha256: string; contentType: string } | undefined> {
  const row = await db.selectFrom('evidence').select(['body_gz', 'body_sha256', 'headers']).where('id', '=', id).executeTakeFirst();
  if (!row?.body_gz || !row.body_sha256) return undefined;
  const headers = parse<Record<string, string>>(row.headers, {});
  return { body: gunzipSync(row.body_gz), sha256: row.body_sha256, contentType: headers['content-type'] ?? 'text/html' };
}

export async function evidenceScreenshot(db: Kysely<Database>, id: number): Promise<{ image: Buffer; type: string } | undefined> {
  const row = await db.selectFrom('evidence').select(['screenshot', 'screenshot_type']).where('id', '=', id).executeTakeFirst();
  if (!row?.screenshot) return undefined;
  return { image: Buffer.from(row.screenshot), type: row.screenshot_type ?? 'image/png' };
}

/** Records the authority's decision on an uploaded screenshot; false when there is nothing pending to decide. */
export async function reviewUpload(db: Kysely<Database>, id: number, decision: 'confirmed' | 'rejected', userId: number, now: string): Promise<boolean> {
  const res = await db
    .updateTable('evidence')
    .set({ review: decision, reviewed_by: userId, reviewed_at: now, status: decision === 'confirmed' ? 'verified' : 'no_mention', reason: `screenshot ${decision} by the authority` })
    .where('id', '=', id)
    .where('source', '=', 'upload')
    .where('review', '=', 'pending')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Keeps an uploaded screenshot and puts its publication up for review, in one transaction. */
export async function recordUpload(db: Kysely<Database>, u: UploadedShot): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const id = await insertUploadEvidence(tx, u);
    await tx
      .updateTable('publications')
      .set({ verify_status: 'needs_review', verify_reason: 'screenshot uploaded by the institution; waiting for review' })
      .where('id', '=', u.publicationId)
      .execute();
    return id;
  });
}

/** The authority's decision on an uploaded screenshot, carried to its publication; the publication id, or undefined. */
export async function decideUpload(db: Kysely<Database>, id: number, decision: 'confirmed' | 'rejected', userId: number, now: string): Promise<number | undefined> {
  return db.transaction().execute(async (tx) => {
    if (!(await reviewUpload(tx, id, decision, userId, now))) return undefined;
    const row = await tx.selectFrom('evidence').select('publication_id').where('id', '=', id).executeTakeFirstOrThrow();
    await tx
      .updateTable('publications')
      .set({
        verify_status: decision === 'confirmed' ? 'verified' : 'no_mention',
        verify_reason: `screenshot ${decision} by the authority`,
        ...(decision === 'confirmed' ? { verified_at: now } : {}),
      })
      .where('id', '=', row.publication_id)
      .execute();
    return row.publication_id;
  });
}

/** A live publication reached through its assignment's secret link (the link's token is stored as SHA-256). */
export async function publicationForToken(db: Kysely<Database>, token: string, publicationId: number): Promise<{ id: number; url: string; verifyStatus: string } | undefined> {
  const hash = createHash('sha256').update(token).digest('hex');
  const row = await db
    .selectFrom('publications as p')
    .innerJoin('assignments as a', 'a.id', 'p.assignment_id')
    .select(['p.id', 'p.url', 'p.verify_status'])
    .where('a.token_hash', '=', hash)
    .where('a.revoked_at', 'is', null)
    .where('p.id', '=', publicationId)
    .where('p.withdrawn_at', 'is', null)
    .executeTakeFirst();
  return row ? { id: row.id, url: row.url, verifyStatus: row.verify_status } : undefined;
}
