// What the campaign routes share: reference data from data/campaign, page sending, and the facts
// (assignments, publications, progress) a directive's pages and reports are built from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AssignmentStatus, Progress } from '../../campaign/directive.js';
import { assignmentStatus, directiveProgress } from '../../campaign/directive.js';
import type { HeaderSpec } from '../../campaign/import.js';
import type { TypeLabels } from '../../campaign/institution.js';
import { DATA_DIR } from '../../paths.js';
import type { AssignmentRow } from '../../store/assignments.js';
import { assignmentsOf } from '../../store/assignments.js';
import type { Directive } from '../../store/directives.js';
import type { Publication } from '../../store/publications.js';
import { publicationsOf } from '../../store/publications.js';
import { SaqbolError } from '../../errors.js';
import type { AppContext } from '../context.js';
import type { ViewUser } from '../views/campaign/common.js';

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(join(DATA_DIR, 'campaign', file), 'utf8'));
}

let cache: { types: TypeLabels; headers: HeaderSpec; newsHosts: string[] } | undefined;

export function campaignData(): { types: TypeLabels; headers: HeaderSpec; newsHosts: string[] } {
  cache ??= {
    types: (readJson('institution-types.json') as { types: TypeLabels }).types,
    headers: readJson('import-headers.json') as HeaderSpec,
    newsHosts: (readJson('news-media.json') as { hosts: string[] }).hosts,
  };
  return cache;
}

export function viewUser(req: FastifyRequest): ViewUser {
  const u = req.user;
  if (!u) throw new SaqbolError('unauthorized');
  return { username: u.username, role: u.role };
}

export async function sendPage(reply: FastifyReply, page: JSX.Element, status = 200): Promise<FastifyReply> {
  return reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(await page);
}

export function parseId(raw: string, what: string): number {
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n <= 0) throw new SaqbolError('not_found', { what });
  return n;
}

export interface AssignmentFacts {
  row: AssignmentRow;
  publications: Publication[];
  status: AssignmentStatus;
}

export interface DirectiveFacts {
  assignments: AssignmentFacts[];
  progress: Progress;
}

export async function directiveFacts(ctx: AppContext, d: Directive): Promise<DirectiveFacts> {
  const rows = await assignmentsOf(ctx.store.db, d.id);
  const pubs = await publicationsOf(
    ctx.store.db,
    rows.map((r) => r.id),
  );
  const byAssignment = new Map<number, Publication[]>();
  for (const p of pubs) {
    const list = byAssignment.get(p.assignmentId) ?? [];
    list.push(p);
    byAssignment.set(p.assignmentId, list);
  }
  const facts = (p: Publication) => ({ platform: p.platform, lang: p.lang, submittedAt: p.submittedAt, late: p.late, withdrawn: p.withdrawnAt !== null });
  const assignments = rows.map((row) => {
    const publications = byAssignment.get(row.id) ?? [];
    return { row, publications, status: assignmentStatus(publications.map(facts)) };
  });
  const progress = directiveProgress(
    assignments.map((a) => ({ assignmentId: a.row.id, revoked: a.row.revokedAt !== null, publications: a.publications.map(facts) })),
    d.deadline,
    Date.parse(d.createdAt),
    ctx.clock(),
  );
  return { assignments, progress };
}
