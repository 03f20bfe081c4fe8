import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../paths.js';
import { SaqbolError } from '../errors.js';
import { normalizeNumber } from './normalize.js';
import { createRegistry, factsOf } from './registry.js';
import { loadRegistry, loadRegistryData, parseRegistryFile } from './registry-file.js';
import type { Organization } from './types.js';
import { testDir } from '../../test/helpers/temp-dir.js';

const registry = loadRegistry(DATA_DIR);

describe('the registry data in data/registry', () => {
  const orgs = registry.organizations();

  it('covers the organizations lures impersonate', () => {
    const ids = orgs.map((o) => o.id);
    for (const id of ['kaspi', 'halyk', 'jusan', 'bcc', 'egov', 'police-102', 'emergency-112', 'beeline', 'kcell', 'tele2']) expect(ids).toContain(id);
  });

  it('gives every fact an https source', () => {
    for (const org of orgs) {
      for (const { kind, fact } of factsOf(org)) {
        expect(fact.source, `${org.id} ${kind} ${fact.value}`).toMatch(/^https:\/\/[^\s/]+\.[^\s]+$/);
      }
    }
  });

  it('normalizes every official number, with no key listed twice for one organization', () => {
    for (const org of orgs) {
      const seen = new Set<string>();
      for (const p of org.phones) {
        const n = normalizeNumber(p.value);
        expect(n, `${org.id} ${p.value}`).not.toBeNull();
        expect(n!.kind, `${org.id} ${p.value}`).not.toBe('unknown');
        expect(seen.has(n!.key), `${org.id} lists ${n!.key} twice`).toBe(false);
        seen.add(n!.key);
      }
      const senders = org.senderIds.map((s) => s.value.toLowerCase());
      expect(new Set(senders).size).toBe(senders.length);
      const domains = org.domains.map((d) => d.value.toLowerCase());
      expect(new Set(domains).size).toBe(domains.length);
      for (const d of domains) expect(d).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    }
  });

  it('has names in KK, RU and EN and unique ids', () => {
    const ids = orgs.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const o of orgs) for (const l of ['kk', 'ru', 'en'] as const) expect(o.names[l].length).toBeGreaterThan(1);
  });
});

describe('registry lookups', () => {
  it('finds an official number in any written form', () => {
    const m = registry.lookup('+7 (727) 244-22-54');
    expect(m.map((x) => x.org.id)).toEqual(['bcc']);
    expect(m[0]!.phone.source).toMatch(/^https:\/\/www\.bcc\.kz\//);
    expect(registry.lookup('+77272442254')).toEqual(m);
    expect(registry.lookup('1414')[0]!.org.id).toBe('egov');
    expect(registry.isOfficialNumber('102')).toBe(true);
    expect(registry.isOfficialNumber('+7 701 123 45 67')).toBe(false);
    expect(registry.lookup('not a number')).toEqual([]);
  });

  it('finds organizations by sender id, domain and id', () => {
    expect(registry.orgsBySenderId('1414').map((o) => o.id)).toEqual(['egov']);
    expect(registry.orgByDomain('https://www.halykbank.kz/path?q=1')?.id).toBe('halyk');
    expect(registry.orgByDomain('guide.kaspi.kz')?.id).toBe('kaspi');
    expect(registry.orgByDomain('kaspi.kz.evil.example')).toBeUndefined();
    expect(registry.orgByDomain('kaspi-kz.com')).toBeUndefined();
    // gov.kz is reserved for state bodies: a tax office's cabinet is the government's site
    expect(registry.orgByDomain('cabinet.kgd.gov.kz')?.id).toBe('egov');
    expect(registry.orgByDomain('gov.kz.example.com')).toBeUndefined();
    expect(registry.orgById('halyk')?.names.en).toBe('Halyk Bank');
    expect(registry.shortNumbers().has('7111')).toBe(true);
  });

  it('lists names and aliases lower-cased with their organization', () => {
    const a = registry.aliases();
    expect(a).toContainEqual({ alias: 'каспи', orgId: 'kaspi' });
    expect(a).toContainEqual({ alias: 'halyk bank', orgId: 'halyk' });
    expect(a.every((x) => x.alias === x.alias.toLowerCase())).toBe(true);
  });

  it('matches sender ids case-insensitively and keeps numbers shared by several organizations', () => {
    const org = (id: string, phone: string, sender: string): Organization => ({
      id,
      category: 'other',
      names: { kk: id, ru: id, en: id },
      aliases: [],
      phones: [{ value: phone, source: 'https://example.org/a' }],
      senderIds: [{ value: sender, source: 'https://example.org/b' }],
      domains: [],
    });
    const r = createRegistry({ organizations: [org('a', '8 800 080 1111', 'ACME'), org('b', '+78000801111', 'acme')] });
    expect(r.lookup('88000801111').map((m) => m.org.id)).toEqual(['a', 'b']);
    expect(r.officialFor('+78000801111')).toEqual(['a', 'b']);
    expect(r.orgsBySenderId('Acme').map((o) => o.id)).toEqual(['a', 'b']);
  });

  it('gives the ids of the organizations lookup finds, for every official number, key or written form', () => {
    const inputs = ['+77011234567', '+600000000000', 'not a number', '+7 (727) 244-22-54', '8 800 080 7777', '102', '+7701'];
    for (const org of registry.organizations()) {
      for (const p of org.phones) inputs.push(p.value, normalizeNumber(p.value)!.key);
    }
    for (const input of inputs) expect(registry.officialFor(input), input).toEqual(registry.lookup(input).map((m) => m.org.id));
    expect(registry.officialFor('+77272442254')).toEqual(['bcc']);
  });
});

describe('registry files', () => {
  const good = {
    id: 'x',
    category: 'bank',
    names: { kk: 'X', ru: 'X', en: 'X' },
    aliases: [],
    phones: [{ value: '1414', source: 'https://example.org/' }],
    senderIds: [],
    domains: [],
  };

  it('names the file and the entry of a fact without a source', () => {
    const bad = { organizations: [good, { ...good, id: 'nosrc', phones: [{ value: '102' }] }] };
    expect(() => parseRegistryFile('registry/t.json', JSON.stringify(bad))).toThrow(/registry\/t\.json: entry 1 \(nosrc\): \/organizations\/1\/phones\/0/);
    const http = { organizations: [{ ...good, phones: [{ value: '102', source: 'http://example.org/' }] }] };
    expect(() => parseRegistryFile('registry/t.json', JSON.stringify(http))).toThrow(SaqbolError);
    expect(() => parseRegistryFile('registry/t.json', '{')).toThrow(/not valid JSON/);
  });

  it('refuses an id used twice across files', () => {
    const dir = testDir('reg');
    mkdirSync(join(dir, 'registry'));
    writeFileSync(join(dir, 'registry', 'a.json'), JSON.stringify({ organizations: [good] }));
    expect(loadRegistryData(dir).organizations).toHaveLength(1);
    writeFileSync(join(dir, 'registry', 'b.json'), JSON.stringify({ organizations: [good] }));
    expect(() => loadRegistryData(dir)).toThrow(/registry\/b\.json: entry x: the id is already used in registry\/a\.json/);
  });
});
