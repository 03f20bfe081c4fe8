// Evidence of publications: the authority's evidence page, JSON, archived bodies and screenshots, re-checks
// and reviews; the institution's screenshot upload for posts behind a login wall (through its secret link).
import type { FastifyPluginAsync } from 'fastify';
import multipart from '@fastify/multipart';
import type { MultipartFile } from '@fastify/multipart';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { MAX_SCREENSHOT_BYTES, sniffImage } from '../../campaign/verify/image.js';
import { SaqbolError } from '../../errors.js';
import { nowIso } from '../../store/db.js';
import { decideUpload, evidenceBody, evidenceById, evidenceOf, evidenceScreenshot, publicationForToken, recordUpload } from '../../store/evidence.js';
import { jobOf, publicationContext, requestRecheck } from '../../store/verification.js';
import { formToken, requireUser, verifyCsrf } from '../auth/index.js';
import type { AppContext } from '../context.js';
import { EvidencePage } from '../views/evidence/page.js';
import { UploadPage } from '../views/evidence/upload.js';

const IdParams = Type.Object({ id: Type.String({ pattern: '^[0-9]{1,12}$' }) });
const TokenIdParams = Type.Object({ token: Type.String({ minLength: 10, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' }), id: Type.String({ pattern: '^[0-9]{1,12}$' }) });
const Flash = Type.Object({ queued: Type.Optional(Type.String({ maxLength: 2 })), done: Type.Optional(Type.String({ maxLength: 2 })) });
const ReviewBody = Type.Object({ decision: Type.Union([Type.Literal('confirm'), Type.Literal('reject')]), _csrf: Type.Optional(Type.String({ maxLength: 200 })) });

const EvidenceJson = Type.Object({
  publication: Type.Object({
    id: Type.Integer(),
    url: Type.String(),
    status: Type.String(),
    reason: Type.Union([Type.String(), Type.Null()]),
    verifiedAt: Type.Union([Type.String(), Type.Null()]),
    goneSince: Type.Union([Type.String(), Type.Null()]),
    job: Type.Union([Type.String(), Type.Null()]),
  }),
  checks: Type.Array(
    Type.Object({
      id: Type.Integer(),
      source: Type.String(),
      status: Type.String(),
      reason: Type.String(),
      checkedAt: Type.String(),
      checkedAtLocal: Type.String(),
      finalUrl: Type.Union([Type.String(), Type.Null()]),
      httpStatus: Type.Union([Type.Integer(), Type.Null()]),
      title: Type.Union([Type.String(), Type.Null()]),
      publishedAt: Type.Union([Type.String(), Type.Null()]),
      modifiedAt: Type.Union([Type.String(), Type.Null()]),
      mainLang: Type.Union([Type.String(), Type.Null()]),
      matchedTerms: Type.Array(Type.Object({ lang: Type.String(), text: Type.String() })),
      sha256: Type.Union([Type.String(), Type.Null()]),
      screenshot: Type.Boolean(),
      review: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});

function num(raw: string, what: string): number {
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n <= 0) throw new SaqbolError('not_found', { what });
  return n;
}

export function evidenceRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (fastify) => {
    await fastify.register(multipart, { attachFieldsToBody: true, limits: { fileSize: MAX_SCREENSHOT_BYTES, files: 1, fields: 4, parts: 5 } });
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
    const viewer = requireUser();
    const admin = requireUser('admin');
    const db = ctx.store.db;

    const context = async (raw: string) => {
      const id = num(raw, 'publication');
      const pub = await publicationContext(db, id);
      if (!pub) throw new SaqbolError('not_found', { what: 'publication' });
      return pub;
    };

    app.get('/campaign/publications/:id/evidence', { schema: { hide: true, params: IdParams, querystring: Flash }, preValidation: viewer }, async (req, reply) => {
      const pub = await context(req.params.id);
      const [job, checks] = await Promise.all([jobOf(db, pub.publicationId), evidenceOf(db, pub.publicationId)]);
      const flash = req.query.queued ? req.tr.t('evidence:recheckQueued') : undefined;
      const user = req.user!;
      const html = await EvidencePage({ tr: req.tr, csrf: formToken(req, reply), user: { username: user.username, role: user.role }, pub, job, checks, flash });
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
    });

    app.get(
      '/api/campaign/publications/:id/evidence',
      { schema: { tags: ['campaign'], summary: 'Verification evidence of one publication', params: IdParams, response: { 200: EvidenceJson } }, preValidation: viewer },
      async (req) => {
        const pub = await context(req.params.id);
        const [job, checks] = await Promise.all([jobOf(db, pub.publicationId), evidenceOf(db, pub.publicationId)]);
        return {
          publication: {
            id: pub.publicationId,
            url: pub.url,
            status: pub.verifyStatus,
            reason: pub.verifyReason,
            verifiedAt: pub.verifiedAt,
            goneSince: job?.goneSince ?? null,
            job: job?.state ?? null,
          },
          checks: checks.map((e) => ({
            id: e.id,
            source: e.source,
            status: e.status,
            reason: e.reason,
            checkedAt: e.checkedAt,
            checkedAtLocal: e.checkedAtLocal,
            finalUrl: e.finalUrl,
            httpStatus: e.httpStatus,
            title: e.title,
            publishedAt: e.publishedAt,
            modifiedAt: e.modifiedAt,
            mainLang: e.langs.main ?? null,
            matchedTerms: e.matchedTerms.map((m) => ({ lang: m.lang, text: m.text })),
            sha256: e.bodySha256,
            screenshot: e.hasScreenshot,
            review: e.review,
          })),
        };
      },
    );

    app.post('/campaign/publications/:id/recheck', { schema: { hide: true, params: IdParams }, preValidation: admin }, async (req, reply) => {
      const pub = await context(req.params.id);
      if (!(await requestRecheck(db, pub.publicationId, nowIso(ctx.clock)))) throw new SaqbolError('conflict', { detail: 'this link is not being verified (withdrawn, or not picked up yet)' });
      return reply.redirect(`/campaign/publications/${pub.publicationId}/evidence?queued=1`, 303);
    });

    // Archived pages are hostile input: always a download, never rendered on our origin.
    app.get('/campaign/evidence/:id/body', { schema: { hide: true, params: IdParams }, preValidation: viewer }, async (req, reply) => {
      const body = await evidenceBody(db, num(req.params.id, 'evidence'));
      if (!body) throw new SaqbolError('not_found', { what: 'archived page' });
      return reply
        .type('application/octet-stream')
        .header('content-disposition', `attachment; filename="${body.sha256}.html"`)
        .header('content-security-policy', "sandbox; default-src 'none'")
        .header('x-evidence-sha256', body.sha256)
        .header('cache-control', 'private, max-age=3600')
        .send(body.body);
    });

    app.get('/campaign/evidence/:id/screenshot', { schema: { hide: true, params: IdParams }, preValidation: viewer }, async (req, reply) => {
      const shot = await evidenceScreenshot(db, num(req.params.id, 'evidence'));
      if (!shot) throw new SaqbolError('not_found', { what: 'screenshot' });
      // The type was sniffed from the bytes when stored; sniff again so nothing else is ever served as an image.
      const type = sniffImage(shot.image);
      if (!type) throw new SaqbolError('not_found', { what: 'screenshot' });
      return reply.type(type).header('content-security-policy', "sandbox; default-src 'none'").header('cache-control', 'private, max-age=3600').send(shot.image);
    });

    app.post('/campaign/evidence/:id/review', { schema: { hide: true, params: IdParams, body: ReviewBody }, preValidation: admin }, async (req, reply) => {
      const id = num(req.params.id, 'evidence');
      const decision = req.body.decision === 'confirm' ? 'confirmed' : 'rejected';
      const pubId = await decideUpload(db, id, decision, req.user!.id, nowIso(ctx.clock));
      if (pubId === undefined) {
        const e = await evidenceById(db, id);
        if (!e) throw new SaqbolError('not_found', { what: 'evidence' });
        throw new SaqbolError('conflict', { detail: 'this screenshot was already reviewed' });
      }
      return reply.redirect(`/campaign/publications/${pubId}/evidence#check-${id}`, 303);
    });

    const linked = async (token: string, rawId: string) => {
      const pub = await publicationForToken(db, token, num(rawId, 'publication'));
      if (!pub) throw new SaqbolError('not_found', { what: 'publication' });
      return pub;
    };

    app.get('/a/:token/publications/:id/screenshot', { schema: { hide: true, params: TokenIdParams, querystring: Flash } }, async (req, reply) => {
      const pub = await linked(req.params.token, req.params.id);
      const html = await UploadPage({
        tr: req.tr,
        csrf: formToken(req, reply),
        token: req.params.token,
        publicationId: pub.id,
        url: pub.url,
        status: pub.verifyStatus,
        flash: req.query.done ? req.tr.t('evidence:uploadPage.done') : undefined,
      });
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
    });

    app.post(
      '/a/:token/publications/:id/screenshot',
      { schema: { hide: true, params: TokenIdParams }, preHandler: verifyCsrf, config: { rateLimit: { max: 20, timeWindow: '1 hour' } } },
      async (req, reply) => {
        const pub = await linked(req.params.token, req.params.id);
        const body = (req.body ?? {}) as Record<string, unknown>;
        const part = body.screenshot as MultipartFile | undefined;
        const again = async (error: string) =>
          reply
            .status(400)
            .type('text/html; charset=utf-8')
            .send(await UploadPage({ tr: req.tr, csrf: formToken(req, reply), token: req.params.token, publicationId: pub.id, url: pub.url, status: pub.verifyStatus, error }));
        if (!part || typeof part !== 'object' || typeof part.toBuffer !== 'function') return again(req.tr.t('evidence:noFile'));
        const image = await part.toBuffer();
        if (image.length === 0) return again(req.tr.t('evidence:noFile'));
        const type = sniffImage(image);
        if (!type) return again(req.tr.t('evidence:badImage'));
        await recordUpload(db, { publicationId: pub.id, image, type, now: nowIso(ctx.clock), url: pub.url });
        return reply.redirect(`/a/${encodeURIComponent(req.params.token)}/publications/${pub.id}/screenshot?done=1`, 303);
      },
    );
  };
}
