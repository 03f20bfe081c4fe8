// POST /api/check: a message (and its sender) in, the analyzer's verdict with reasons explained in the
// reader's language out. Long texts are refused up front (413) rather than answered slowly.
import type { FastifyPluginAsync } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { analyzerFor } from '../../check/analyzer-instance.js';
import { SaqbolError } from '../../errors.js';
import { explain } from '../../lure/explain.js';
import type { AppContext } from '../context.js';

/** The longest text the API analyzes; SMS and messenger lures are far shorter. */
export const MAX_CHECK_TEXT = 10_000;

const Lang = Type.Union([Type.Literal('kk'), Type.Literal('ru'), Type.Literal('en')]);

export const CheckRequest = Type.Object(
  {
    text: Type.String({ minLength: 1, description: `the message, at most ${MAX_CHECK_TEXT} characters (longer: 413)` }),
    sender: Type.Optional(Type.String({ maxLength: 64, description: 'the sender id or number shown on the phone' })),
    lang: Type.Optional(Type.Union([Lang], { description: 'language of the explanations; default: the reader’s language' })),
  },
  { additionalProperties: false },
);

const Span = Type.Tuple([Type.Integer(), Type.Integer()], { description: 'UTF-16 offsets into text, end exclusive' });

export const CheckResponse = Type.Object({
  verdict: Type.Union([Type.Literal('danger'), Type.Literal('suspicious'), Type.Literal('no_signs')]),
  score: Type.Number({ minimum: 0, maximum: 1 }),
  lang: Type.Union([Type.Literal('ru'), Type.Literal('kk'), Type.Literal('en'), Type.Literal('mixed')], { description: 'language of the message' }),
  explainedIn: Lang,
  reasons: Type.Array(
    Type.Object({
      code: Type.String(),
      weight: Type.Number(),
      span: Span,
      text: Type.String({ description: 'the words matched (the sender for sender reasons)' }),
      explanation: Type.String(),
    }),
  ),
  numbers: Type.Array(
    Type.Object({
      key: Type.String(),
      display: Type.String(),
      kind: Type.String(),
      raw: Type.String(),
      span: Span,
      officialFor: Type.Array(Type.String(), { description: 'organizations whose official number this is' }),
    }),
  ),
  advice: Type.Array(Type.Object({ id: Type.String(), text: Type.String() })),
  claimedOrgs: Type.Array(Type.String()),
});

export function checkApiRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (fastify) => {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
    app.post(
      '/api/check',
      {
        schema: {
          tags: ['check'],
          summary: 'Check a message for call-back lure signs',
          body: CheckRequest,
          response: { 200: CheckResponse },
        },
      },
      async (req) => {
        const { text, sender } = req.body;
        if (text.length > MAX_CHECK_TEXT) throw new SaqbolError('text_too_long', { length: text.length, limit: MAX_CHECK_TEXT });
        const analyzer = analyzerFor(ctx.config.dataDir);
        const result = analyzer.analyze(sender === undefined ? { text } : { text, sender });
        const lang = req.body.lang ?? req.lang;
        return { ...explain(result, analyzer.lexicon.raw, lang), explainedIn: lang };
      },
    );
  };
}
