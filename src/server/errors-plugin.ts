// The one place where anything thrown becomes an HTTP answer: problem+json for the API,
// a readable page for browsers.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SaqbolError, normalizeError, toProblem } from '../errors.js';
import { ErrorPage } from './views/error-page.js';

function wantsHtml(req: FastifyRequest): boolean {
  if (req.url.startsWith('/api/')) return false;
  const accept = req.headers.accept ?? '';
  return accept.includes('text/html');
}

async function send(req: FastifyRequest, reply: FastifyReply, err: SaqbolError): Promise<FastifyReply> {
  if (err.code === 'rate_limited' && !reply.hasHeader('retry-after')) void reply.header('retry-after', '60');
  if (wantsHtml(req)) {
    const html = await ErrorPage({ tr: req.tr, status: err.status, detail: err.message });
    return reply.status(err.status).type('text/html; charset=utf-8').send(html);
  }
  return reply.status(err.status).type('application/problem+json').send(toProblem(err, req.url.split('?')[0]));
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(async (error, req, reply) => {
    const err = normalizeError(error);
    if (err.status >= 500) req.log.error({ err: error }, 'request failed');
    else req.log.info({ code: err.code }, err.message);
    return send(req, reply, err);
  });
  app.setNotFoundHandler(async (req, reply) => send(req, reply, new SaqbolError('not_found', { what: req.url.split('?')[0] })));
}
