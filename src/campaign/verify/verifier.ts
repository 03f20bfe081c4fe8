// Assembles the verifier's I/O once: the guard policy, one guarded connection pool, and Chromium when it
// is installed. What the worker, the CLI and the benchmark share.
import type { Agent } from 'undici';
import { guardedFetch } from './fetch.js';
import type { FetchResult } from './fetch.js';
import { guardPolicy, guardedAgent } from './guard.js';
import type { GuardOptions, GuardPolicy } from './guard.js';
import { chromiumRenderer } from './render.js';
import type { Renderer } from './render.js';

export interface VerifierSetup {
  policy: GuardPolicy;
  agent: Agent;
  renderer: Renderer | undefined;
  /** Why there is no renderer, when there is none. */
  rendererMissing: string | undefined;
  screenshots: boolean;
  fetch(url: string): Promise<FetchResult>;
  close(): Promise<void>;
}

export interface VerifierOptions {
  guard?: GuardOptions;
  /** false: never render; a path: that Chromium; undefined: Debian's, when installed. */
  chromium?: false | string;
  screenshots?: boolean;
  connections?: number;
  userAgent?: string;
}

export function createVerifier(opts: VerifierOptions = {}): VerifierSetup {
  const policy = guardPolicy(opts.guard);
  const agent = guardedAgent(policy, { connections: opts.connections ?? 2 });
  const fetch = (url: string): Promise<FetchResult> => guardedFetch(url, { policy, dispatcher: agent, userAgent: opts.userAgent ?? 'saqbol-verifier/0.1' });
  let renderer: Renderer | undefined;
  let rendererMissing: string | undefined;
  if (opts.chromium === false) rendererMissing = 'rendering is off';
  else {
    const made = chromiumRenderer({ fetchVia: fetch, ...(opts.chromium ? { executablePath: opts.chromium } : {}) });
    if ('unavailable' in made) rendererMissing = made.unavailable;
    else renderer = made;
  }
  return {
    policy,
    agent,
    renderer,
    rendererMissing,
    screenshots: (opts.screenshots ?? true) && renderer !== undefined,
    fetch,
    async close() {
      await renderer?.close();
      await agent.close();
    },
  };
}
