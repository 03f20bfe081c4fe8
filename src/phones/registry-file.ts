// Reads the registry from data/registry/*.json (each file: {"organizations": [...]}), checking every
// entry against a schema; a bad file stops the start with an error that names the file and the entry.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { SaqbolError } from '../errors.js';
import { createRegistry } from './registry.js';
import type { Registry, RegistryData } from './registry.js';
import type { Organization } from './types.js';

const Source = Type.String({ pattern: '^https://[^\\s]+$' });
const Fact = Type.Object({ value: Type.String({ minLength: 1 }), source: Source }, { additionalProperties: false });

export const OrganizationSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$' }),
    category: Type.Union(
      ['bank', 'delivery', 'post', 'operator', 'government', 'police', 'utility', 'emergency', 'other'].map((c) => Type.Literal(c)),
    ),
    names: Type.Object({ kk: Type.String({ minLength: 1 }), ru: Type.String({ minLength: 1 }), en: Type.String({ minLength: 1 }) }, { additionalProperties: false }),
    aliases: Type.Array(Type.String({ minLength: 2 })),
    phones: Type.Array(Fact),
    senderIds: Type.Array(Fact),
    domains: Type.Array(Fact),
  },
  { additionalProperties: false },
);

export const RegistryFileSchema = Type.Object({ $comment: Type.Optional(Type.String()), organizations: Type.Array(OrganizationSchema) }, { additionalProperties: false });
export type RegistryFile = Static<typeof RegistryFileSchema>;

/** Parses and checks one registry file's text; `name` is used in error messages. */
export function parseRegistryFile(name: string, text: string): Organization[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new SaqbolError('bad_config', { detail: `${name}: not valid JSON (${(err as Error).message})` });
  }
  if (!Value.Check(RegistryFileSchema, json)) {
    const first = Value.Errors(RegistryFileSchema, json).First();
    const path = first?.path ?? '';
    const m = /^\/organizations\/(\d+)/.exec(path);
    const orgs = (json as { organizations?: { id?: unknown }[] } | null)?.organizations;
    const id = m && Array.isArray(orgs) ? orgs[Number(m[1])]?.id : undefined;
    const entry = m ? `entry ${m[1]} (${typeof id === 'string' ? id : '?'})` : 'file';
    throw new SaqbolError('bad_config', { detail: `${name}: ${entry}: ${path || '/'} ${first?.message ?? 'is invalid'}` });
  }
  return json.organizations as Organization[];
}

/** Loads every data/registry/*.json under `dataDir`; ids must be unique across files. */
export function loadRegistryData(dataDir: string): RegistryData {
  const dir = join(dataDir, 'registry');
  const organizations: Organization[] = [];
  const seen = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const name = `registry/${file}`;
    for (const org of parseRegistryFile(name, readFileSync(join(dir, file), 'utf8'))) {
      const other = seen.get(org.id);
      if (other) throw new SaqbolError('bad_config', { detail: `${name}: entry ${org.id}: the id is already used in ${other}` });
      seen.set(org.id, name);
      organizations.push(org);
    }
  }
  return { organizations };
}

export function loadRegistry(dataDir: string): Registry {
  return createRegistry(loadRegistryData(dataDir));
}
