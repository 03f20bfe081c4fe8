// The registry of official numbers, loaded once per data directory and shared by the routes and the CLI.
import { loadRegistry } from '../phones/registry-file.js';
import type { Registry } from '../phones/registry.js';

const cache = new Map<string, Registry>();

export function registryFor(dataDir: string): Registry {
  let r = cache.get(dataDir);
  if (!r) {
    r = loadRegistry(dataDir);
    cache.set(dataDir, r);
  }
  return r;
}
