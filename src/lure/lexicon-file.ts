// Loads the lexicon from data/lexicon/ (the adapter that keeps the analyzer itself free of I/O).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Static, TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { SaqbolError } from '../errors.js';
import { RawLexicon, SignalFile } from './lexicon-schema.js';

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (err) {
    throw new SaqbolError('bad_config', { detail: `cannot read ${file}: ${err instanceof Error ? err.message : String(err)}` }, { cause: err });
  }
}

function check<S extends TSchema>(schema: S, value: unknown, file: string): Static<S> {
  if (!Value.Check(schema, value)) {
    const first = Value.Errors(schema, value).First();
    throw new SaqbolError('bad_config', { detail: `${file}: ${first ? `${first.path} ${first.message}` : 'invalid'}` });
  }
  return value;
}

/** Reads data/lexicon: normalize, kk-suffixes, ru-verbs, scoring, links, reasons, advice, wording and every signals/*.json. */
export function loadLexicon(dir: string): RawLexicon {
  const signals: Record<string, Record<string, string[]>> = {};
  const signalDir = join(dir, 'signals');
  for (const file of readdirSync(signalDir).filter((f) => f.endsWith('.json')).sort()) {
    const part = check(SignalFile, readJson(join(signalDir, file)), file);
    for (const [code, byLang] of Object.entries(part)) {
      const into = (signals[code] ??= {});
      for (const [lang, phrases] of Object.entries(byLang)) into[lang] = [...(into[lang] ?? []), ...phrases];
    }
  }
  const raw = {
    normalize: readJson(join(dir, 'normalize.json')),
    kkSuffixes: readJson(join(dir, 'kk-suffixes.json')),
    ruVerbs: readJson(join(dir, 'ru-verbs.json')),
    signals,
    scoring: readJson(join(dir, 'scoring.json')),
    links: readJson(join(dir, 'links.json')),
    reasons: readJson(join(dir, 'reasons.json')),
    advice: readJson(join(dir, 'advice.json')),
    wording: readJson(join(dir, 'wording.json')),
  };
  return check(RawLexicon, raw, dir);
}
