// The composition root of the web app: plugins, language, errors, static files and every area's routes.
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import Fastify from 'fastify';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { pickLang, translator } from '../i18n/index.js';
import type { Lang, Translator } from '../i18n/index.js';
import { PUBLIC_DIR } from '../paths.js';
import type { AppContext } from './context.js';
import { installErrorHandling } from './errors-plugin.js';
import { installAuth } from './auth/index.js';
import { registerRoutes } from './routes/index.js';

declare module 'fastify' {
  interface FastifyRequest {
    lang: Lang;
    tr: Translator;
  }
}

const require = createRequire(import.meta.url);
// Browser libraries served straight from their npm packages: no bundler, no copies to drift.
const VENDOR: Record<string, string> = {
  'htmx.min.js': require.resolve('htmx.org/dist/htmx.min.js'),
  'chart.umd.min.js': `${dirname(require.resolve('chart.js'))}/chart.umd.min.js`,
};

export type App = FastifyInstance;

export async function buildApp(ctx: AppContext): Promise<App> {
  // Widening to Fastify's logger type keeps the app's type parameters the default ones.
  const loggerInstance: FastifyBaseLogger = ctx.logger;
  const app = Fastify({
    loggerInstance,
    trustProxy: process.env.TRUST_PROXY === '1',
    bodyLimit: 1024 * 1024,
    // Coercion stays on: HTML forms (formbody, multipart) post every field as a string.
    ajv: { customOptions: { allErrors: false, removeAdditional: false, coerceTypes: 'array' } },
  });

  app.decorateRequest('lang', 'kk');
  app.decorateRequest('tr', {
    getter(this: { lang: Lang }) {
      return translator(this.lang);
    },
  });
  await app.register(cookie, { secret: ctx.config.cookieSecret, hook: 'onRequest' });
  await app.register(formbody, { bodyLimit: 1024 * 1024 });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'saqbol API', version: '0.1.0', description: 'Check messages and numbers, Watch alerts, Campaign workflow.' },
    },
  });

  app.addHook('onRequest', async (req, reply) => {
    const query = req.query as Record<string, unknown> | undefined;
    const lang = pickLang(query?.lang, req.cookies.lang, req.headers['accept-language']);
    req.lang = lang;
    if (query?.lang === lang && req.cookies.lang !== lang) {
      void reply.setCookie('lang', lang, { path: '/', sameSite: 'lax', maxAge: 365 * 24 * 3600, httpOnly: false });
    }
  });
  app.addHook('onSend', async (_req, reply) => {
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('referrer-policy', 'same-origin');
    void reply.header('x-frame-options', 'DENY');
  });

  installErrorHandling(app);
  installAuth(app, ctx);

  await app.register(fastifyStatic, { root: PUBLIC_DIR, prefix: '/static/', maxAge: '1h' });
  for (const [name, file] of Object.entries(VENDOR)) {
    app.get(`/static/vendor/${name}`, { schema: { hide: true } }, (_req, reply) => reply.sendFile(name, dirname(file), { maxAge: '7d' }));
  }

  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  await registerRoutes(app, ctx);
  return app;
}
