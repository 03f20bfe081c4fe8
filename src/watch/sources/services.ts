// Builds the detector's ports from data/: the lure analyzer (lexicon) and the registry of official
// numbers, or, with analysis off, the phone-number extractor alone (texts still yield their numbers).
import { join } from 'node:path';
import { createAnalyzer } from '../../lure/analyzer.js';
import { loadLexicon } from '../../lure/lexicon-file.js';
import { extractNumbers } from '../../phones/extract.js';
import { normalizeNumber } from '../../phones/normalize.js';
import { loadRegistry } from '../../phones/registry-file.js';
import type { OfficialDirectory, ReadText } from '../ports.js';
import { registryDirectory, textReader } from '../readers.js';

export interface WatchServices {
  readText: ReadText;
  directory: OfficialDirectory;
}

export function watchServices(dataDir: string, opts: { lure?: boolean } = {}): WatchServices {
  const registry = loadRegistry(dataDir);
  const shorts = registry.shortNumbers();
  const extract = (text: string, otherDigits?: boolean): ReturnType<typeof extractNumbers> => extractNumbers(text, 'KZ', { knownShort: shorts, otherDigits });
  // built on the first text: feeds that carry only mentioned numbers never pay for the lexicon
  let reader: ReadText | undefined;
  const readText: ReadText = (text) => {
    reader ??= textReader(
      extract,
      (w) => normalizeNumber(w, 'KZ'),
      opts.lure === false ? undefined : createAnalyzer({ lexicon: loadLexicon(join(dataDir, 'lexicon')), registry, extractNumbers: extract }),
    );
    return reader(text);
  };
  return { readText, directory: registryDirectory(registry) };
}
