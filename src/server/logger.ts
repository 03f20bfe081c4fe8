// pino logger: pretty on a terminal in development, JSON in production. Secret link tokens are masked.
import pino from 'pino';
import type { Logger } from 'pino';

export function maskUrl(url: string): string {
  // Institution links (/a/<token>) and any token= parameter must never reach a log line.
  return url.replace(/\/a\/[A-Za-z0-9_-]+/g, '/a/***').replace(/([?&]token=)[^&]+/g, '$1***');
}

export function createLogger(opts: { production: boolean; level: string; pretty?: boolean }): Logger {
  const pretty = opts.pretty ?? (!opts.production && process.stdout.isTTY);
  return pino({
    level: opts.level,
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'password', '*.password'], remove: true },
    serializers: {
      req(req: { method?: string; url?: string; ip?: string }) {
        return { method: req.method, url: maskUrl(req.url ?? ''), ip: req.ip };
      },
    },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } } : {}),
  });
}
