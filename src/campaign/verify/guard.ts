// The SSRF guard: the verifier fetches URLs that strangers typed, so every URL, every DNS answer and
// every redirect hop is checked before a socket opens. DNS is resolved inside the connection itself
// (undici connector → net lookup), so the address that was validated is the address that is dialled:
// rebinding between the check and the connect cannot happen.
import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { SaqbolError } from '../../errors.js';
import { classifyAddress } from './address.js';
import type { AddressClass } from './address.js';

export type RefusalReason =
  | 'bad_url'
  | 'scheme'
  | 'port'
  | 'credentials'
  | 'address'
  | 'dns'
  | 'redirects'
  | 'timeout'
  | 'too_large';

export interface Refusal {
  reason: RefusalReason;
  detail: string;
  /** For `address`: the class that was refused (loopback, metadata, …). */
  addressClass?: AddressClass;
}

/** Resolves a host name to every address it has; injectable so tests can play DNS attacks. */
export type Resolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

export interface GuardOptions {
  /** Ports allowed besides the scheme's default; 80 and 443 unless configured. */
  allowedPorts?: number[];
  maxRedirects?: number;
  timeoutMs?: number;
  maxBodyBytes?: number;
  resolver?: Resolver;
  /**
   * Test-only: exact address+port pairs that may be reached although their address is not public
   * (a fixture server on 127.0.0.1). Never set outside tests; the same address on another port stays refused.
   */
  testOnlyAllow?: { address: string; port: number }[];
}

export interface GuardPolicy {
  allowedPorts: number[];
  maxRedirects: number;
  timeoutMs: number;
  maxBodyBytes: number;
  resolver: Resolver;
  testOnlyAllow: { address: string; port: number }[];
}

export const systemResolver: Resolver = async (hostname) => {
  const found: LookupAddress[] = await dnsLookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family }));
};

export function guardPolicy(opts: GuardOptions = {}): GuardPolicy {
  return {
    allowedPorts: opts.allowedPorts ?? [80, 443],
    maxRedirects: opts.maxRedirects ?? 5,
    timeoutMs: opts.timeoutMs ?? 15_000,
    maxBodyBytes: opts.maxBodyBytes ?? 5 * 1024 * 1024,
    resolver: opts.resolver ?? systemResolver,
    testOnlyAllow: opts.testOnlyAllow ?? [],
  };
}

export type UrlCheck = { ok: true; url: URL } | { ok: false; refusal: Refusal };

function portOf(url: URL): number {
  if (url.port !== '') return Number(url.port);
  return url.protocol === 'https:' ? 443 : 80;
}

function bare(host: string): string {
  return host.replace(/^\[|\]$/g, '');
}

function allowlisted(policy: GuardPolicy, address: string, port: number): boolean {
  return policy.testOnlyAllow.some((a) => a.address === bare(address) && a.port === port);
}

/** Judges one resolved address for one port: a refusal, or undefined when it may be dialled. */
export function judgeAddress(policy: GuardPolicy, address: string, port: number): Refusal | undefined {
  const cls = classifyAddress(address);
  if (cls === 'public') return undefined;
  if (allowlisted(policy, address, port)) return undefined;
  if (cls === 'invalid') return { reason: 'address', detail: `not an IP address: ${address}`, addressClass: cls };
  return { reason: 'address', detail: `${bare(address)} is a ${cls.replace('_', '-')} address`, addressClass: cls };
}

/** The checks that need no network: scheme, credentials, port, and IP-literal hosts. */
export function checkUrl(raw: string | URL, policy: GuardPolicy): UrlCheck {
  let url: URL;
  try {
    url = typeof raw === 'string' ? new URL(raw) : new URL(raw.href);
  } catch {
    return { ok: false, refusal: { reason: 'bad_url', detail: `not a URL: ${String(raw).slice(0, 200)}` } };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, refusal: { reason: 'scheme', detail: `only http and https are fetched, not ${url.protocol}` } };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, refusal: { reason: 'credentials', detail: 'URLs with a user name or password are not fetched' } };
  }
  const host = bare(url.hostname);
  if (host === '') return { ok: false, refusal: { reason: 'bad_url', detail: 'the URL has no host' } };
  const port = portOf(url);
  if (isIP(host) !== 0) {
    const refused = judgeAddress(policy, host, port);
    if (refused) return { ok: false, refusal: refused };
  }
  const testPort = policy.testOnlyAllow.some((a) => a.port === port);
  if (!policy.allowedPorts.includes(port) && !testPort) {
    return { ok: false, refusal: { reason: 'port', detail: `port ${port} is not allowed (allowed: ${policy.allowedPorts.join(', ')})` } };
  }
  if (/^(localhost|.*\.localhost|.*\.local|.*\.internal)$/i.test(host) && !allowlistedName(policy, port)) {
    return { ok: false, refusal: { reason: 'address', detail: `${host} is a local name`, addressClass: 'loopback' } };
  }
  return { ok: true, url };
}

function allowlistedName(policy: GuardPolicy, port: number): boolean {
  return policy.testOnlyAllow.some((a) => a.port === port);
}

export function refusalError(r: Refusal): SaqbolError {
  return new SaqbolError('url_refused', { reason: r.reason, detail: r.detail, addressClass: r.addressClass });
}

/** Finds the guard's refusal in an error thrown by undici (it may be wrapped in causes). */
export function refusalOf(err: unknown): Refusal | undefined {
  let e: unknown = err;
  for (let depth = 0; depth < 5 && e; depth++) {
    if (e instanceof SaqbolError && e.code === 'url_refused') {
      const p = e.params;
      const out: Refusal = { reason: p.reason as RefusalReason, detail: String(p.detail) };
      if (p.addressClass !== undefined) out.addressClass = p.addressClass as AddressClass;
      return out;
    }
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

type LookupCallback = (err: Error | null, address: string | LookupAddress[], family?: number) => void;

/** A net-style lookup that resolves through the policy's resolver and refuses unless every address is allowed. */
function guardedLookup(policy: GuardPolicy, port: number) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    policy
      .resolver(hostname)
      .then((addresses) => {
        if (addresses.length === 0) {
          callback(refusalError({ reason: 'dns', detail: `${hostname} has no address` }), '');
          return;
        }
        // One bad address refuses the name: a public+private answer is a rebinding trick, not a mirror.
        for (const a of addresses) {
          const refused = judgeAddress(policy, a.address, port);
          if (refused) {
            callback(refusalError({ ...refused, detail: `${hostname} resolves to ${refused.detail}` }), '');
            return;
          }
        }
        if (options.all) callback(null, addresses.map((a) => ({ address: a.address, family: a.family })));
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      })
      .catch((err: unknown) => {
        const code = (err as { code?: string }).code ?? 'error';
        callback(refusalError({ reason: 'dns', detail: `${hostname} does not resolve (${code})` }), '');
      });
  };
}

/** An undici Agent whose every connection goes through the guard (IP literals and resolved names alike). */
export function guardedAgent(policy: GuardPolicy, opts: { connections?: number } = {}): Agent {
  const byPort = new Map<number, buildConnector.connector>();
  const connectorFor = (port: number): buildConnector.connector => {
    let c = byPort.get(port);
    if (!c) {
      c = buildConnector({ timeout: Math.min(policy.timeoutMs, 10_000), lookup: guardedLookup(policy, port) });
      byPort.set(port, c);
    }
    return c;
  };
  return new Agent({
    connections: opts.connections ?? 4,
    headersTimeout: policy.timeoutMs,
    bodyTimeout: policy.timeoutMs,
    connect: (options, callback) => {
      const port = options.port ? Number(options.port) : options.protocol === 'https:' ? 443 : 80;
      const host = bare(options.hostname);
      // net.connect skips lookup for IP literals, so they are judged here.
      if (isIP(host) !== 0) {
        const refused = judgeAddress(policy, host, port);
        if (refused) {
          callback(refusalError(refused), null);
          return;
        }
      }
      connectorFor(port)(options, callback);
    },
  });
}
