// GET /api/numbers/:number — what the registry, approved reports and Watch know of a number.
import type { FastifyPluginAsync } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { lookupNumber } from '../../check/number-lookup.js';
import type { WatchFlags } from '../../check/number-lookup.js';
import { registryFor } from '../../check/registry-instance.js';
import { SaqbolError } from '../../errors.js';
import type { AppContext } from '../context.js';

const Names = Type.Object({ kk: Type.String(), ru: Type.String(), en: Type.String() });

export const NumberLookupSchema = Type.Object({
  input: Type.String(),
  normalized: Type.Object({
    key: Type.String({ description: 'E.164, or the digits of a short number' }),
    kind: Type.Union(['mobile', 'fixed', 'short', 'international', 'premium', 'unknown'].map((k) => Type.Literal(k))),
    country: Type.Optional(Type.String()),
    display: Type.String(),
  }),
  official: Type.Array(
    Type.Object({
      org: Type.Object({ id: Type.String(), category: Type.String(), names: Names }),
      phone: Type.Object({ value: Type.String(), source: Type.String({ description: 'the public page the fact comes from' }) }),
    }),
  ),
  reports: Type.Object({
    reported: Type.Boolean({ description: 'true when moderators approved at least one report of this number' }),
    reports: Type.Integer({ description: 'approved distinct reports' }),
    times: Type.Integer({ description: 'how many times they were reported in all' }),
    first: Type.Union([Type.String(), Type.Null()]),
    last: Type.Union([Type.String(), Type.Null()]),
  }),
  watch: Type.Array(
    Type.Object({
      number: Type.String(),
      source: Type.String({ description: 'the detector that flagged the number' }),
      score: Type.Number(),
      reasons: Type.Array(Type.Object({ code: Type.String(), value: Type.Number() })),
      firstTs: Type.String(),
      lastTs: Type.String(),
      alerts: Type.Integer(),
    }),
    { description: 'flags raised by Watch, highest score first' },
  ),
});

export function numbersRoutes(ctx: AppContext, watchFlags?: WatchFlags): FastifyPluginAsync {
  return async (fastify) => {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
    app.get(
      '/api/numbers/:number',
      {
        schema: {
          tags: ['check'],
          summary: 'Look up a phone number',
          params: Type.Object({ number: Type.String({ minLength: 1, maxLength: 40 }) }),
          response: { 200: NumberLookupSchema },
        },
      },
      async (req) => {
        const result = await lookupNumber({ db: ctx.store.db, registry: registryFor(ctx.config.dataDir), watchFlags }, req.params.number);
        if (!result) throw new SaqbolError('invalid_phone', { input: req.params.number });
        return result;
      },
    );
  };
}
