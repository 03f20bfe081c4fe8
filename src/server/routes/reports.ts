// Citizen scam reports over the API: POST /api/reports (anyone, rate-limited per client), and for the
// authority GET /api/reports (the moderation queue) and POST /api/reports/:id/decision.
import type { FastifyError, FastifyInstance, FastifyPluginAsync } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { REPORT_LIMITS, prepareReport } from '../../check/report-input.js';
import type { ReportInput } from '../../check/report-input.js';
import { SaqbolError } from '../../errors.js';
import { nowIso } from '../../store/db.js';
import { CHANNELS, STATUSES, addReport, decideReport, listReports } from '../../store/reports.js';
import type { Report } from '../../store/reports.js';
import { requireUser } from '../auth/index.js';
import type { AppContext } from '../context.js';

/** Reports accepted per client within the window; the next one is refused with 429. */
export const REPORT_RATE = { max: 10, timeWindow: 60_000 };
/** The largest report body accepted; a larger one is refused with 413 before it is read. */
export const REPORT_BODY_LIMIT = 64 * 1024;

export const ChannelSchema = Type.Union(CHANNELS.map((c) => Type.Literal(c)));

export const ReportBody = Type.Object(
  {
    number: Type.Optional(Type.String({ maxLength: REPORT_LIMITS.number })),
    text: Type.Optional(Type.String({ maxLength: REPORT_LIMITS.text })),
    channel: ChannelSchema,
    note: Type.Optional(Type.String({ maxLength: REPORT_LIMITS.note })),
  },
  { additionalProperties: false },
);

const ReportView = Type.Object({
  id: Type.Integer(),
  number: Type.Union([Type.String(), Type.Null()]),
  numberKind: Type.Union([Type.String(), Type.Null()]),
  text: Type.Union([Type.String(), Type.Null()]),
  channel: ChannelSchema,
  note: Type.Union([Type.String(), Type.Null()]),
  count: Type.Integer(),
  status: Type.Union(STATUSES.map((s) => Type.Literal(s))),
  firstReportedAt: Type.String(),
  lastReportedAt: Type.String(),
});

function view(r: Report): Static<typeof ReportView> {
  return {
    id: r.id,
    number: r.numberKey,
    numberKind: r.numberKind,
    text: r.text,
    channel: r.channel,
    note: r.note,
    count: r.count,
    status: r.status,
    firstReportedAt: r.firstReportedAt,
    lastReportedAt: r.lastReportedAt,
  };
}

/** Stores a report (or counts a repeat); throws the problem a person should see. */
export async function submitReport(ctx: AppContext, input: ReportInput): Promise<{ report: Report; duplicate: boolean }> {
  const prepared = prepareReport(input);
  if (!prepared.ok) {
    if (prepared.problem === 'invalid_phone') throw new SaqbolError('invalid_phone', { input: input.number ?? '' });
    throw new SaqbolError('invalid_field', { field: 'number', detail: 'give a number or the message text' });
  }
  return addReport(ctx.store.db, prepared.report, nowIso(ctx.clock));
}

/** Rate limiting and a readable 413 for the report routes (the HTML form uses them too). */
export async function installReportGuards(fastify: FastifyInstance): Promise<void> {
  await fastify.register(rateLimit, {
    global: false,
    hook: 'preHandler',
    errorResponseBuilder: (_req, c) => new SaqbolError('rate_limited', { after: `${Math.ceil(c.ttl / 1000)} s` }),
  });
  fastify.setErrorHandler((err: FastifyError) => {
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') throw new SaqbolError('payload_too_large', { limit: `${REPORT_BODY_LIMIT / 1024} KiB` });
    throw err;
  });
}

export function reportsRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (fastify) => {
    await installReportGuards(fastify);
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

    app.post(
      '/api/reports',
      {
        bodyLimit: REPORT_BODY_LIMIT,
        config: { rateLimit: { ...REPORT_RATE, keyGenerator: (req) => `report|${req.ip}` } },
        schema: {
          tags: ['check'],
          summary: 'Report a scam number or message',
          body: ReportBody,
          response: { 201: Type.Object({ id: Type.Integer(), duplicate: Type.Boolean(), count: Type.Integer(), status: Type.String() }) },
        },
      },
      async (req, reply) => {
        const { report, duplicate } = await submitReport(ctx, req.body);
        return reply.status(201).send({ id: report.id, duplicate, count: report.count, status: report.status });
      },
    );

    app.get(
      '/api/reports',
      {
        preHandler: requireUser(),
        schema: {
          tags: ['check'],
          summary: 'The moderation queue (signed-in authority only)',
          querystring: Type.Object({
            status: Type.Optional(Type.Union(STATUSES.map((s) => Type.Literal(s)))),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
            offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
          }),
          response: { 200: Type.Object({ reports: Type.Array(ReportView) }) },
        },
      },
      async (req) => {
        const reports = await listReports(ctx.store.db, {
          ...(req.query.status ? { status: req.query.status } : {}),
          limit: req.query.limit ?? 50,
          offset: req.query.offset ?? 0,
        });
        return { reports: reports.map(view) };
      },
    );

    app.post(
      '/api/reports/:id/decision',
      {
        preHandler: requireUser('admin'),
        schema: {
          tags: ['check'],
          summary: 'Approve or reject a report (admin only)',
          params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
          body: Type.Object({ decision: Type.Union([Type.Literal('approved'), Type.Literal('rejected')]) }, { additionalProperties: false }),
          response: { 200: ReportView },
        },
      },
      async (req) => {
        const user = req.user!;
        const updated = await decideReport(ctx.store.db, req.params.id, req.body.decision, user.id, nowIso(ctx.clock));
        if (!updated) throw new SaqbolError('not_found', { what: `report ${req.params.id}` });
        req.log.info({ report: updated.id, decision: updated.status, by: user.username }, 'report decided');
        return view(updated);
      },
    );
  };
}
