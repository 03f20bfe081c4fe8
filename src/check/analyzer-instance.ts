// The app's one analyzer: the lexicon and the registry are read from data/ once and shared by every route.
import { join } from 'node:path';
import { createAnalyzer } from '../lure/analyzer.js';
import type { Analyzer } from '../lure/analyzer.js';
import { loadLexicon } from '../lure/lexicon-file.js';
import { extractNumbers } from '../phones/extract.js';
import { loadRegistry } from '../phones/registry-file.js';
import type { Registry } from '../phones/registry.js';

export interface CheckServices {
  analyzer: Analyzer;
  registry: Registry;
}

const cache = new Map<string, CheckServices>();

/** Builds (once per data directory) the registry and the analyzer over it. */
export function checkServices(dataDir: string): CheckServices {
  const known = cache.get(dataDir);
  if (known) return known;
  const registry = loadRegistry(dataDir);
  const shorts = registry.shortNumbers();
  const analyzer = createAnalyzer({
    lexicon: loadLexicon(join(dataDir, 'lexicon')),
    registry,
    extractNumbers: (text) => extractNumbers(text, 'KZ', { knownShort: shorts }),
  });
  const services = { analyzer, registry };
  cache.set(dataDir, services);
  return services;
}
