// The app's one analyzer: the lexicon is read from data/ once and joined to the shared registry.
import { join } from 'node:path';
import { createAnalyzer } from '../lure/analyzer.js';
import type { Analyzer } from '../lure/analyzer.js';
import { loadLexicon } from '../lure/lexicon-file.js';
import { extractNumbers } from '../phones/extract.js';
import type { Registry } from '../phones/registry.js';
import { registryFor } from './registry-instance.js';

export interface CheckServices {
  analyzer: Analyzer;
  registry: Registry;
}

const cache = new Map<string, CheckServices>();

/** Builds (once per data directory) the analyzer over the shared registry. */
export function checkServices(dataDir: string): CheckServices {
  const known = cache.get(dataDir);
  if (known) return known;
  const registry = registryFor(dataDir);
  const shorts = registry.shortNumbers();
  const analyzer = createAnalyzer({
    lexicon: loadLexicon(join(dataDir, 'lexicon')),
    registry,
    extractNumbers: (text, otherDigits) => extractNumbers(text, 'KZ', { knownShort: shorts, otherDigits }),
  });
  const services = { analyzer, registry };
  cache.set(dataDir, services);
  return services;
}

export function analyzerFor(dataDir: string): Analyzer {
  return checkServices(dataDir).analyzer;
}
