// The SSRF guard and guarded fetch against a local fixture server, reachable only through the test allowlist.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from 'undici';
import { startFixture } from '../../../test/fixtures/pages/server.js';
import type { Fixture } from '../../../test/fixtures/pages/server.js';
import { guardedFetch } from './fetch.js';
import { checkUrl, guardPolicy, guardedAgent } from './guard.js';
import type { GuardOptions, Resolver } from './guard.js';

let fx: Fixture;
const agents: Agent[] = [];

beforeAll(async () => {
  fx = await startFixture();
});
afterAll(async () => {
  await Promise.all(agents.map((a) => a.close()));
  await fx.close();
});

/** A resolver for the tests: a fixed table of names, nothing else resolves. */
function table(map: Record<string, string[]>): Resolver {
  return async (host) => {
    const found = map[host];
    if (!found) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    return found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

function setup(extra: GuardOptions = {}) {
  const policy = guardPolicy({
    testOnlyAllow: [{ address: '127.0.0.1', port: fx.port }],
    resolver: table({ 'fixture.test': ['127.0.0.1'], 'metadata.evil.test': ['169.254.169.254'], 'mixed.evil.test': ['93.184.216.34', '10.0.0.5'] }),
    ...extra,
  });
  const agent = guardedAgent(policy);
  agents.push(agent);
  return { policy, fetch: (url: string) => guardedFetch(url, { policy, dispatcher: agent }) };
}

describe('checkUrl', () => {
  const policy = guardPolicy();
  it.each([
    ['file:///etc/passwd', 'scheme'],
    ['ftp://example.com/', 'scheme'],
    ['gopher://example.com/', 'scheme'],
    ['http://user:pw@example.com/', 'credentials'],
    ['http://example.com:8080/', 'port'],
    ['https://example.com:22/', 'port'],
    ['http://127.0.0.1/', 'address'],
    ['http://[::1]/', 'address'],
    ['http://[::ffff:127.0.0.1]/', 'address'],
    ['http://[::ffff:a9fe:a9fe]/', 'address'],
    ['http://169.254.169.254/latest/meta-data/', 'address'],
    ['http://10.0.0.1/', 'address'],
    ['http://100.64.1.1/', 'address'],
    ['http://224.0.0.1/', 'address'],
    ['http://0.0.0.0/', 'address'],
    ['http://2130706433/', 'address'], // decimal 127.0.0.1, which URL parsing normalizes
    ['http://0x7f.1/', 'address'],
    ['http://localhost/', 'address'],
    ['not a url', 'bad_url'],
  ])('refuses %s (%s)', (url, reason) => {
    const r = checkUrl(url, policy);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.refusal.reason).toBe(reason);
      expect(r.refusal.detail.length).toBeGreaterThan(5);
    }
  });

  it('accepts ordinary public URLs on 80 and 443', () => {
    expect(checkUrl('https://sko.gov.kz/news/1', policy).ok).toBe(true);
    expect(checkUrl('http://93.184.216.34/', policy).ok).toBe(true);
  });

  it('allows other ports only when configured', () => {
    expect(checkUrl('http://example.com:8080/', guardPolicy({ allowedPorts: [80, 443, 8080] })).ok).toBe(true);
  });

  it('names the refused class', () => {
    const r = checkUrl('http://169.254.169.254/', policy);
    expect(!r.ok && r.refusal.addressClass).toBe('metadata');
    expect(!r.ok && r.refusal.detail).toMatch(/metadata/);
  });
});

describe('guardedFetch', () => {
  it('fetches an allowlisted fixture page', async () => {
    const r = await setup().fetch(`${fx.base}/ru`);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.status).toBe(200);
      expect(r.body.toString('utf8')).toContain('домофона');
      expect(r.headers['content-type']).toMatch(/text\/html/);
    }
  });

  it('refuses 127.0.0.1 without the allowlist, and on another port with it', async () => {
    const bare = guardPolicy();
    const agent = guardedAgent({ ...bare, allowedPorts: [80, 443, fx.port] });
    agents.push(agent);
    const r = await guardedFetch(`${fx.base}/ru`, { policy: { ...bare, allowedPorts: [80, 443, fx.port] }, dispatcher: agent });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.kind).toBe('refused');
    expect(!r.ok && r.refusal?.addressClass).toBe('loopback');
    expect(fx.hits.get('/ru') ?? 0).toBeGreaterThanOrEqual(1); // the earlier allowed fetch only
  });

  it('follows redirects within the limit and reports the final URL', async () => {
    const r = await setup().fetch(`${fx.base}/redirect/3`);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.finalUrl).toBe(`${fx.base}/ru`);
      expect(r.hops.map((h) => h.status)).toEqual([302, 302, 302]);
    }
  });

  it('refuses more than five redirects', async () => {
    const r = await setup().fetch(`${fx.base}/redirect/6`);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.refusal?.reason).toBe('redirects');
    expect(!r.ok && r.hops.length).toBe(6);
  });

  it('refuses a redirect chain that ends at 127.0.0.1', async () => {
    const r = await setup().fetch(`${fx.base}/to-loopback`);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.kind).toBe('refused');
      expect(r.refusal?.reason).toBe('address');
      expect(r.refusal?.addressClass).toBe('loopback');
      expect(r.reason).toMatch(/127\.0\.0\.1/);
      expect(r.hops.map((h) => h.url)).toEqual([`${fx.base}/to-loopback`, `${fx.base}/to-loopback-2`]);
    }
  });

  it('refuses a redirect to the metadata address written as IPv4-mapped IPv6', async () => {
    const r = await setup().fetch(`${fx.base}/to-metadata`);
    expect(!r.ok && r.refusal?.addressClass).toBe('metadata');
  });

  it('refuses a DNS name that resolves to 169.254.169.254, before any connection', async () => {
    const r = await setup().fetch('http://metadata.evil.test/latest/meta-data/');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.kind).toBe('refused');
      expect(r.refusal?.addressClass).toBe('metadata');
      expect(r.reason).toMatch(/metadata\.evil\.test resolves to 169\.254\.169\.254/);
    }
  });

  it('refuses a name whose answers mix public and private addresses', async () => {
    const r = await setup().fetch('http://mixed.evil.test/');
    expect(!r.ok && r.refusal?.addressClass).toBe('private');
  });

  it('resolves once, inside the connection, so the checked answer is the dialled one', async () => {
    let calls = 0;
    const rebinding: Resolver = async () => {
      calls++;
      return [{ address: calls === 1 ? '127.0.0.1' : '127.0.0.2', family: 4 }];
    };
    const first = await setup({ resolver: rebinding }).fetch(`http://rebind.test:${fx.port}/ru`);
    expect(first.ok).toBe(true);
    expect(calls).toBe(1); // no separate pre-check lookup whose answer could differ from the connection's
    const second = await setup({ resolver: rebinding }).fetch(`http://rebind.test:${fx.port}/ru`);
    expect(second.ok).toBe(false);
    expect(!second.ok && second.refusal?.addressClass).toBe('loopback');
    expect(!second.ok && second.reason).toMatch(/127\.0\.0\.2/);
  });

  it('reports an unresolvable name', async () => {
    const r = await setup().fetch('http://nowhere.test/');
    expect(!r.ok && r.refusal?.reason).toBe('dns');
  });

  it('caps the time', async () => {
    const r = await setup({ timeoutMs: 400 }).fetch(`${fx.base}/slow`);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.kind).toBe('timeout');
  });

  it('caps the body when streamed, when declared, and after decompression', async () => {
    const { fetch } = setup({ maxBodyBytes: 1024 * 1024 });
    for (const path of ['/huge', '/declared-huge', '/bomb']) {
      const r = await fetch(`${fx.base}${path}`);
      expect(r.ok, path).toBe(false);
      expect(!r.ok && r.kind, path).toBe('too_large');
    }
  });

  it('decompresses gzip bodies', async () => {
    const r = await setup().fetch(`${fx.base}/gz/ru`);
    expect(r.ok && r.body.toString('utf8')).toContain('домофона');
  });

  it('returns 404 as a value with its status', async () => {
    const r = await setup().fetch(`${fx.base}/missing`);
    expect(r.ok && r.status).toBe(404);
  });
});
