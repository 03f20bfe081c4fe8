// Verification of one link end to end against the local fixture server: every outcome the verifier knows.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from 'undici';
import type { Alert } from '../../src/campaign/alert.js';
import { guardedFetch } from '../../src/campaign/verify/fetch.js';
import { guardPolicy, guardedAgent } from '../../src/campaign/verify/guard.js';
import type { GuardOptions } from '../../src/campaign/verify/guard.js';
import { chromiumRenderer } from '../../src/campaign/verify/render.js';
import type { Renderer } from '../../src/campaign/verify/render.js';
import { verifyLink } from '../../src/campaign/verify/verify.js';
import { DATA_DIR } from '../../src/paths.js';
import { startFixture } from '../fixtures/pages/server.js';
import type { Fixture } from '../fixtures/pages/server.js';

const demo = JSON.parse(readFileSync(join(DATA_DIR, 'demo/alert.json'), 'utf8')) as Alert & { source_url: string };
const alert: Alert = { slug: demo.slug, content: demo.content, hotlines: demo.hotlines, sourceUrl: demo.source_url };
const clock = (): number => Date.parse('2026-12-10T06:00:00Z');

let fx: Fixture;
const agents: Agent[] = [];
beforeAll(async () => {
  fx = await startFixture();
});
afterAll(async () => {
  await Promise.all(agents.map((a) => a.close()));
  await fx.close();
});

function deps(extra: GuardOptions = {}, renderer?: Renderer) {
  const policy = guardPolicy({
    testOnlyAllow: [{ address: '127.0.0.1', port: fx.port }],
    resolver: async (host) => {
      if (host === 'metadata.evil.test') return [{ address: '169.254.169.254', family: 4 }];
      if (host === 'www.instagram.com') return [{ address: '127.0.0.1', family: 4 }];
      throw Object.assign(new Error('no such host'), { code: 'ENOTFOUND' });
    },
    ...extra,
  });
  const agent = guardedAgent(policy);
  agents.push(agent);
  const fetch = (url: string) => guardedFetch(url, { policy, dispatcher: agent });
  return { fetch, renderer, clock };
}

describe('verifyLink', () => {
  it('verifies a matching Kazakh page, with language, dates, terms and a hash', async () => {
    const r = await verifyLink({ url: `${fx.base}/kk`, alert }, deps());
    expect(r.status).toBe('verified');
    expect(r.httpStatus).toBe(200);
    expect(r.langs.main).toBe('kk');
    expect(r.dates.publishedSource).toBe('json-ld');
    expect(r.dates.modified).not.toBeNull();
    expect(r.matched.every((m) => m.lang === 'kk')).toBe(true);
    expect(r.matched.length).toBeGreaterThanOrEqual(2);
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.body?.toString('utf8')).toContain('<html');
    expect(r.headers['content-type']).toMatch(/html/);
    expect(r.checkedAt).toBe('2026-12-10T06:00:00.000Z');
  });

  it('verifies a matching Russian page', async () => {
    const r = await verifyLink({ url: `${fx.base}/ru`, alert }, deps());
    expect(r.status).toBe('verified');
    expect(r.langs.main).toBe('ru');
    expect(r.matched.map((m) => m.lang)).toContain('ru');
    expect(r.dates.publishedSource).toBe('article-meta');
  });

  it('says "no mention" for an unrelated page and keeps its evidence', async () => {
    const r = await verifyLink({ url: `${fx.base}/none`, alert }, deps());
    expect(r.status).toBe('no_mention');
    expect(r.text).toContain('утренник');
    expect(r.sha256).not.toBeNull();
    expect(r.langs.present.sort()).toEqual(['kk', 'ru']);
  });

  it('says unreachable for 404, a slow page and a huge page, with the reason', async () => {
    const missing = await verifyLink({ url: `${fx.base}/deleted-post`, alert }, deps());
    expect(missing).toMatchObject({ status: 'unreachable', reason: 'HTTP 404', httpStatus: 404 });
    const slow = await verifyLink({ url: `${fx.base}/slow`, alert }, deps({ timeoutMs: 300 }));
    expect(slow.status).toBe('unreachable');
    expect(slow.reason).toMatch(/^timeout/);
    const huge = await verifyLink({ url: `${fx.base}/huge`, alert }, deps({ maxBodyBytes: 1024 * 1024 }));
    expect(huge.status).toBe('unreachable');
    expect(huge.reason).toMatch(/^too_large/);
  });

  it('refuses a redirect chain that ends at 127.0.0.1 and a name resolving to the metadata address', async () => {
    const chain = await verifyLink({ url: `${fx.base}/to-loopback`, alert }, deps());
    expect(chain.status).toBe('refused');
    expect(chain.reason).toMatch(/loopback/);
    expect(chain.hops).toHaveLength(2);
    const dns = await verifyLink({ url: 'http://metadata.evil.test/latest/meta-data/iam', alert }, deps());
    expect(dns.status).toBe('refused');
    expect(dns.reason).toMatch(/169\.254\.169\.254 is a metadata address/);
  });

  it('reads a t.me/s-like preview: the one post, its time', async () => {
    const r = await verifyLink({ url: `${fx.base}/s/akimat_sko/42`, alert }, deps());
    expect(r.status).toBe('verified');
    expect(r.text).not.toContain('цифровизации');
    expect(r.dates.published).toBe('2026-12-02T09:30:00.000Z');
  });

  it('sends an Instagram login wall to review, and a generic sign-in form to "login wall"', async () => {
    const ig = await verifyLink({ url: `http://www.instagram.com:${fx.port}/instagram-post`, alert }, deps());
    expect(ig.status).toBe('needs_review');
    expect(ig.reason).toMatch(/login wall: www\.instagram\.com asks to sign in; upload a screenshot/);
    expect(ig.finalUrl).toContain('/accounts/login/');
    const generic = await verifyLink({ url: `${fx.base}/accounts/login/`, alert }, deps());
    expect(generic.status).toBe('login_wall');
  });

  it('without Chromium, a script-rendered page needs review rather than a wrong "no mention"', async () => {
    const r = await verifyLink({ url: `${fx.base}/spa`, alert }, deps());
    expect(r.status).toBe('needs_review');
    expect(r.rendered).toBe(false);
  });

  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  describe.skipIf(!existsSync(chromium))('with Chromium', () => {
    let renderer: Renderer | undefined;
    afterAll(async () => {
      await renderer?.close();
    });

    it('renders a page whose text comes from a script, and takes a screenshot', async () => {
      const d = deps();
      const made = chromiumRenderer({ fetchVia: d.fetch });
      if ('unavailable' in made) throw new Error(made.unavailable);
      renderer = made;
      const r = await verifyLink({ url: `${fx.base}/spa`, alert }, { ...d, renderer, screenshots: true });
      expect(r.rendered).toBe(true);
      expect(r.status).toBe('verified');
      expect(r.screenshot?.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    });

    it('the browser cannot reach what the guard refuses', async () => {
      const d = deps();
      const made = chromiumRenderer({ fetchVia: d.fetch });
      if ('unavailable' in made) throw new Error(made.unavailable);
      const html = Buffer.from(
        '<html><body><p id="out">waiting</p><script>fetch("http://127.0.0.1/secret").then(()=>{document.getElementById("out").textContent="LEAKED"}).catch(()=>{document.getElementById("out").textContent="blocked"});</script></body></html>',
      );
      const r = await made.render(`${fx.base}/probe`, { body: html, contentType: 'text/html' }, { screenshot: false });
      await made.close();
      expect(r.ok).toBe(true);
      if (r.ok) {
        expect(r.html).toContain('<p id="out">blocked</p>');
        expect(r.requests).toBeGreaterThanOrEqual(1); // the page's request was seen and answered by the guard
      }
    });
  });
});
