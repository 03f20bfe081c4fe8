// The registry of organizations that lures impersonate: their official numbers, SMS sender ids and web
// domains, each with the public page it comes from. Pure: the data comes in, lookups go out.
import { keyOf, normalizeNumber } from './normalize.js';
import type { Organization, RegistryMatch, Sourced } from './types.js';

export interface RegistryData {
  organizations: Organization[];
}

export interface Registry {
  /** Official entries for a number (a key or any written form); empty when nobody we know uses it. */
  lookup(key: string): RegistryMatch[];
  /** Ids of the organizations lookup(key) finds, each once, in its order; the list is shared, copy it to keep it. */
  officialFor(key: string): readonly string[];
  isOfficialNumber(key: string): boolean;
  orgById(id: string): Organization | undefined;
  /** Organizations that send SMS under this sender id (case-insensitive). */
  orgsBySenderId(senderId: string): Organization[];
  /** The organization owning this host or a parent domain of it ("online.kaspi.kz" → kaspi.kz). */
  orgByDomain(host: string): Organization | undefined;
  organizations(): Organization[];
  /** Every name and alias, lower-cased, with its organization: what a text may call it. */
  aliases(): { alias: string; orgId: string }[];
  /** Keys of the official short numbers (1414, 7111, 102…). */
  shortNumbers(): ReadonlySet<string>;
}

function hostKey(host: string): string {
  let h = host.trim().toLowerCase();
  h = h.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#:].*$/, '').replace(/\.$/, '');
  return h.startsWith('www.') ? h.slice(4) : h;
}

export function createRegistry(data: RegistryData): Registry {
  const byKey = new Map<string, RegistryMatch[]>();
  const byId = new Map<string, Organization>();
  const bySender = new Map<string, Organization[]>();
  const byDomain = new Map<string, Organization>();
  const aliasList: { alias: string; orgId: string }[] = [];
  const shorts = new Set<string>();

  for (const org of data.organizations) {
    byId.set(org.id, org);
    for (const phone of org.phones) {
      const norm = normalizeNumber(phone.value);
      if (!norm) continue;
      const list = byKey.get(norm.key) ?? [];
      if (!list.some((m) => m.org.id === org.id)) list.push({ org, phone });
      byKey.set(norm.key, list);
      if (norm.kind === 'short') shorts.add(norm.key);
    }
    for (const s of org.senderIds) {
      const k = s.value.toLowerCase();
      const list = bySender.get(k) ?? [];
      if (!list.includes(org)) list.push(org);
      bySender.set(k, list);
    }
    for (const d of org.domains) byDomain.set(hostKey(d.value), org);
    const seen = new Set<string>();
    for (const a of [org.names.kk, org.names.ru, org.names.en, ...org.aliases]) {
      // A leading '=' tells the analyzer to match that form only; the name itself is without it.
      const alias = a.trim().replace(/^=/, '').toLowerCase();
      if (alias === '' || seen.has(alias)) continue;
      seen.add(alias);
      aliasList.push({ alias, orgId: org.id });
    }
  }

  // Entries list each organization once per key, so the ids are distinct.
  const idsByKey = new Map<string, readonly string[]>();
  for (const [key, list] of byKey) idsByKey.set(key, list.map((m) => m.org.id));
  const none: readonly string[] = [];

  const lookup = (key: string): RegistryMatch[] => {
    const direct = byKey.get(key);
    if (direct) return direct;
    const norm = normalizeNumber(key);
    return norm ? (byKey.get(norm.key) ?? []) : [];
  };

  return {
    lookup,
    officialFor(key) {
      const direct = idsByKey.get(key);
      if (direct) return direct;
      const norm = keyOf(key);
      // A key already in its canonical form (as the extractor gives it) was just looked up.
      return norm === null || norm === key ? none : (idsByKey.get(norm) ?? none);
    },
    isOfficialNumber: (key) => lookup(key).length > 0,
    orgById: (id) => byId.get(id),
    orgsBySenderId: (senderId) => bySender.get(senderId.trim().toLowerCase()) ?? [],
    orgByDomain(host) {
      let h = hostKey(host);
      for (;;) {
        const org = byDomain.get(h);
        if (org) return org;
        const dot = h.indexOf('.');
        if (dot < 0) return undefined;
        h = h.slice(dot + 1);
        if (!h.includes('.')) return undefined;
      }
    },
    organizations: () => data.organizations,
    aliases: () => aliasList,
    shortNumbers: () => shorts,
  };
}

/** Every sourced fact of an organization, for checks and for showing where a fact comes from. */
export function factsOf(org: Organization): { kind: 'phone' | 'sender' | 'domain'; fact: Sourced<string> }[] {
  return [
    ...org.phones.map((fact) => ({ kind: 'phone' as const, fact })),
    ...org.senderIds.map((fact) => ({ kind: 'sender' as const, fact })),
    ...org.domains.map((fact) => ({ kind: 'domain' as const, fact })),
  ];
}
