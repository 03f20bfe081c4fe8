// GET /api/health: is the app up, which database, which migration.
import type { FastifyPluginAsync } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { migrationVersion } from '../../store/db.js';
import type { AppContext } from '../context.js';

const Health = Type.Object({
  status: Type.Literal('ok'),
  version: Type.String(),
  db: Type.Object({ kind: Type.Union([Type.Literal('sqlite'), Type.Literal('postgres')]), migration: Type.Union([Type.String(), Type.Null()]) }),
  time: Type.String({ format: 'date-time' }),
});

export function healthRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (fastify) => {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
    app.get('/api/health', { schema: { tags: ['system'], response: { 200: Health } } }, async () => ({
      status: 'ok' as const,
      version: '0.1.0',
      db: { kind: ctx.store.kind, migration: (await migrationVersion(ctx.store)) ?? null },
      time: new Date(ctx.clock()).toISOString(),
    }));
  };
}
