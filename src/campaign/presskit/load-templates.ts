// Reads the reviewed press-kit templates from data/presskit once (the file side of the pure builder).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../../paths.js';
import { parseTemplates } from './templates.js';
import { KIT_LANGS, PLATFORMS } from './types.js';
import type { PressKitTemplates } from './types.js';

let cached: PressKitTemplates | undefined;

export function loadPressKitTemplates(dir = join(DATA_DIR, 'presskit')): PressKitTemplates {
  if (cached && dir === join(DATA_DIR, 'presskit')) return cached;
  const raw: Record<string, Record<string, unknown>> = {};
  for (const lang of KIT_LANGS) {
    const files: Record<string, unknown> = {};
    for (const name of ['labels', 'article', ...PLATFORMS]) {
      files[name] = JSON.parse(readFileSync(join(dir, lang, `${name}.json`), 'utf8')) as unknown;
    }
    raw[lang] = files;
  }
  const parsed = parseTemplates(raw);
  if (dir === join(DATA_DIR, 'presskit')) cached = parsed;
  return parsed;
}
