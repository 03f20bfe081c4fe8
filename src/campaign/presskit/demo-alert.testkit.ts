// The demo alert (data/demo/alert.json, the letter's own scheme) as an Alert, for tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../../paths.js';
import type { Alert } from '../alert.js';

export function demoAlert(): Alert {
  const raw = JSON.parse(readFileSync(join(DATA_DIR, 'demo/alert.json'), 'utf8')) as Alert & { source_url: string | null };
  return { slug: raw.slug, content: raw.content, hotlines: raw.hotlines, sourceUrl: raw.source_url };
}
