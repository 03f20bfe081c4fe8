// GET /: the home page in the reader's language.
import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../context.js';
import { HomePage } from '../views/home.js';

export function homeRoutes(_ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get('/', { schema: { hide: true } }, async (req, reply) =>
      reply.type('text/html; charset=utf-8').send(await HomePage({ tr: req.tr })),
    );
  };
}
