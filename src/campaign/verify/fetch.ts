// Guarded fetching: one URL through the SSRF guard, following at most N redirects (each hop re-checked),
// within a time cap and a body cap (counted after decompression, so a gzip bomb stops at the cap).
// Refusals and failures are values, never throws.
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Transform } from 'node:stream';
import type { Readable } from 'node:stream';
import type { Dispatcher } from 'undici';
import { checkUrl, refusalOf } from './guard.js';
import type { GuardPolicy, Refusal } from './guard.js';

export interface Hop {
  url: string;
  status: number;
}

export interface Fetched {
  ok: true;
  finalUrl: string;
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** Every hop before the final one (redirects). */
  hops: Hop[];
  ms: number;
}

export type FailureKind = 'refused' | 'unreachable' | 'timeout' | 'too_large';

export interface FetchFailure {
  ok: false;
  kind: FailureKind;
  reason: string;
  refusal?: Refusal;
  hops: Hop[];
  ms: number;
}

export type FetchResult = Fetched | FetchFailure;

export interface FetchOptions {
  policy: GuardPolicy;
  dispatcher: Dispatcher;
  userAgent?: string;
  /** Monotonic milliseconds, for the time taken; injected so callers own the clock. */
  now?: () => number;
  signal?: AbortSignal;
}

/** Response headers worth keeping as evidence. */
export const KEPT_HEADERS = ['content-type', 'content-length', 'last-modified', 'etag', 'date', 'server', 'location', 'content-language', 'x-robots-tag'];

function headerMap(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (v === undefined) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

class TooLarge extends Error {}

async function readCapped(body: Readable, encoding: string | undefined, cap: number): Promise<Buffer> {
  let stream: Readable = body;
  let decoder: Transform | undefined;
  const enc = (encoding ?? '').trim().toLowerCase();
  if (enc === 'gzip' || enc === 'x-gzip') decoder = createGunzip();
  else if (enc === 'deflate') decoder = createInflate();
  else if (enc === 'br') decoder = createBrotliDecompress();
  if (decoder) {
    body.on('error', (e) => decoder.destroy(e));
    stream = body.pipe(decoder);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const b = chunk as Buffer;
      size += b.length;
      if (size > cap) throw new TooLarge();
      chunks.push(b);
    }
  } finally {
    if (size > cap) {
      body.destroy();
      decoder?.destroy();
    }
  }
  return Buffer.concat(chunks);
}

function describe(err: unknown): { kind: FailureKind; reason: string; refusal?: Refusal } {
  const refusal = refusalOf(err);
  if (refusal) return { kind: 'refused', reason: `${refusal.reason}: ${refusal.detail}`, refusal };
  if (err instanceof TooLarge) return { kind: 'too_large', reason: 'the body is larger than the cap' };
  const e = err as { name?: string; code?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = e.code ?? e.cause?.code ?? '';
  if (e.name === 'AbortError' || e.name === 'TimeoutError' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') {
    return { kind: 'timeout', reason: 'the page did not answer in time' };
  }
  return { kind: 'unreachable', reason: `${code !== '' ? code : (e.name ?? 'error')}: ${(e.message ?? e.cause?.message ?? '').slice(0, 200)}` };
}

/** Fetches a URL through the guard. Redirects are followed by hand so every hop is checked again. */
export async function guardedFetch(raw: string, opts: FetchOptions): Promise<FetchResult> {
  const { policy } = opts;
  const now = opts.now ?? (() => performance.now());
  const started = now();
  const hops: Hop[] = [];
  const timeout = AbortSignal.timeout(policy.timeoutMs);
  const signal = opts.signal ? AbortSignal.any([timeout, opts.signal]) : timeout;
  const fail = (f: Omit<FetchFailure, 'ok' | 'hops' | 'ms'>): FetchFailure => ({ ok: false, ...f, hops, ms: now() - started });
  let current = raw;
  for (let hop = 0; ; hop++) {
    const checked = checkUrl(current, policy);
    if (!checked.ok) return fail({ kind: 'refused', reason: `${checked.refusal.reason}: ${checked.refusal.detail}`, refusal: checked.refusal });
    const url = checked.url;
    url.hash = '';
    try {
      const res = await opts.dispatcher.request({
        origin: url.origin,
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        signal,
        headers: {
          'user-agent': opts.userAgent ?? 'saqbol-verifier/0.1',
          accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
          'accept-language': 'kk,ru;q=0.9,en;q=0.5',
          'accept-encoding': 'gzip, deflate, br',
        },
      });
      const headers = headerMap(res.headers);
      const location = headers.location;
      if (res.statusCode >= 300 && res.statusCode < 400 && location) {
        res.body.resume();
        hops.push({ url: url.href, status: res.statusCode });
        if (hop >= policy.maxRedirects) {
          const refusal: Refusal = { reason: 'redirects', detail: `more than ${policy.maxRedirects} redirects` };
          return fail({ kind: 'refused', reason: `${refusal.reason}: ${refusal.detail}`, refusal });
        }
        current = new URL(location, url).href;
        continue;
      }
      const declared = Number(headers['content-length'] ?? NaN);
      if (!headers['content-encoding'] && Number.isFinite(declared) && declared > policy.maxBodyBytes) {
        res.body.destroy();
        return fail({ kind: 'too_large', reason: `the body is ${declared} bytes, the cap is ${policy.maxBodyBytes}` });
      }
      const body = await readCapped(res.body, headers['content-encoding'], policy.maxBodyBytes);
      return { ok: true, finalUrl: url.href, status: res.statusCode, headers, body, hops, ms: now() - started };
    } catch (err) {
      const d = describe(err);
      if (d.kind === 'too_large') d.reason = `the body is larger than the cap of ${policy.maxBodyBytes} bytes`;
      return fail(d);
    }
  }
}
