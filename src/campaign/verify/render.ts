// Renders a page in Debian's Chromium (playwright-core) when plain fetching finds no text, and takes the
// full-page screenshot kept as evidence. The browser never touches the network itself: every request it
// makes is answered through the guarded fetch, and a dead proxy catches anything that slips past routing.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import type { FetchResult } from './fetch.js';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const MAX_SHOT_HEIGHT = 12_000;

export type RenderResult =
  | { ok: true; html: string; screenshot: Buffer | null; requests: number }
  | { ok: false; reason: string };

export interface Renderer {
  /** Renders `url`, answering the main document with `main` (already fetched) and the rest through `fetchVia`. */
  render(url: string, main: { body: Buffer; contentType: string }, opts?: { screenshot?: boolean }): Promise<RenderResult>;
  close(): Promise<void>;
}

export interface ChromiumOptions {
  executablePath?: string;
  fetchVia: (url: string) => Promise<FetchResult>;
  /** Most sub-requests one page may make; the rest are aborted. */
  maxRequests?: number;
  timeoutMs?: number;
}

/** A renderer over Chromium, or a value saying why there is none (the verifier then works without it). */
export function chromiumRenderer(opts: ChromiumOptions): Renderer | { unavailable: string } {
  const exe = opts.executablePath ?? process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM;
  if (!existsSync(exe)) return { unavailable: `no Chromium at ${exe}` };
  let browser: Promise<Browser> | undefined;
  const launch = (): Promise<Browser> =>
    (browser ??= chromium.launch({
      executablePath: exe,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
        // Anything not answered by our routing goes to a proxy that is not there.
        '--proxy-server=http://127.0.0.1:9',
        '--proxy-bypass-list=<-loopback>',
        '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
      ],
    }));
  const maxRequests = opts.maxRequests ?? 80;
  const timeoutMs = opts.timeoutMs ?? 15_000;

  return {
    async render(url, main, ro = {}) {
      let b: Browser;
      try {
        b = await launch();
      } catch (err) {
        browser = undefined;
        return { ok: false, reason: `Chromium did not start: ${(err as Error).message.split('\n')[0] ?? ''}` };
      }
      const context = await b.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 }, acceptDownloads: false, locale: 'ru-RU' });
      let requests = 0;
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(timeoutMs);
        await page.routeWebSocket(/.*/, (ws) => ws.close());
        const target = new URL(url);
        target.hash = '';
        await page.route('**/*', async (route) => {
          const req = route.request();
          const reqUrl = new URL(req.url());
          reqUrl.hash = '';
          if (req.isNavigationRequest() && req.frame() === page.mainFrame() && reqUrl.href === target.href) {
            await route.fulfill({ status: 200, contentType: main.contentType, body: main.body });
            return;
          }
          requests++;
          if (req.method() !== 'GET' || requests > maxRequests || !/^https?:$/.test(reqUrl.protocol)) {
            await route.abort('blockedbyclient');
            return;
          }
          const r = await opts.fetchVia(reqUrl.href);
          if (!r.ok) {
            await route.abort('blockedbyclient');
            return;
          }
          await route.fulfill({ status: r.status, contentType: r.headers['content-type'] ?? 'application/octet-stream', body: r.body });
        });
        await page.goto(target.href, { waitUntil: 'load', timeout: timeoutMs });
        await page.waitForLoadState('networkidle', { timeout: Math.min(3000, timeoutMs) }).catch(() => undefined);
        const html = await page.content();
        let screenshot: Buffer | null = null;
        if (ro.screenshot !== false) {
          // Endless feeds would make endless images: the evidence keeps the first screens of the page.
          const height = await page.evaluate<number>('document.documentElement.scrollHeight');
          const clip = height > MAX_SHOT_HEIGHT ? { x: 0, y: 0, width: 1280, height: MAX_SHOT_HEIGHT } : undefined;
          screenshot = await page.screenshot({ fullPage: true, type: 'png', timeout: timeoutMs, ...(clip ? { clip } : {}) });
        }
        return { ok: true, html, screenshot, requests };
      } catch (err) {
        return { ok: false, reason: `rendering failed: ${(err as Error).message.split('\n')[0] ?? ''}` };
      } finally {
        await context.close().catch(() => undefined);
      }
    },
    async close() {
      if (browser) {
        const b = await browser.catch(() => undefined);
        browser = undefined;
        await b?.close();
      }
    },
  };
}
