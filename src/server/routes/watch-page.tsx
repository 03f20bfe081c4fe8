// GET /watch: the detector explained, with the latest flagged numbers; GET /api/watch/flags: the same list as JSON.
import type { FastifyPluginAsync } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { countFlags, latestFlags } from '../../store/number-flags.js';
import type { AppContext } from '../context.js';
import { WatchPage } from '../views/watch/page.js';

const Flag = Type.Object({
  number: Type.String(),
  source: Type.String(),
  score: Type.Number(),
  reasons: Type.Array(Type.Object({ code: Type.String(), value: Type.Number() })),
  firstTs: Type.String(),
  lastTs: Type.String(),
  alerts: Type.Integer(),
});

const Query = Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })) });

export function watchPageRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (fastify) => {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
    app.get('/watch', { schema: { hide: true } }, async (req, reply) => {
      const [flags, total] = await Promise.all([latestFlags(ctx.store.db, 50), countFlags(ctx.store.db)]);
      return reply.type('text/html; charset=utf-8').send(await WatchPage({ tr: req.tr, flags, total }));
    });
    app.get(
      '/api/watch/flags',
      { schema: { tags: ['watch'], summary: 'Latest numbers flagged by Watch', querystring: Query, response: { 200: Type.Object({ total: Type.Integer(), flags: Type.Array(Flag) }) } } },
      async (req) => {
        const flags = await latestFlags(ctx.store.db, req.query.limit ?? 50);
        return { total: await countFlags(ctx.store.db), flags };
      },
    );
  };
}
