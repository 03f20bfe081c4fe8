// What the analyzer needs to know about a link's host — whose site it is, whether it is a shortener or a
// neutral site, its labels — worked out once per host and remembered: messages link to the same few hosts.
import type { Organization } from '../phones/types.js';
import { domainToUnicode } from 'node:url';
import { hostAndParents, registrableLabel } from './links.js';

export interface HostFacts {
  /** The organization whose site this is (the host or a parent domain of it). */
  owner: Organization | undefined;
  shortener: boolean;
  neutral: boolean;
  /** The host split at dots and hyphens ("kaspi-bank.top" → kaspi, bank, top). */
  labels: string[];
  /** "track.dhl.com" → "dhl". */
  registrable: string;
  /** The top-level domain is one of the everyday ones (com, kz, ru, org, net, uk). */
  mainstream: boolean;
  /**
   * The organization whose site an internationalized host spells with look-alike letters ("xn--kspi-53d.kz",
   * written "kаspi.kz" with a Cyrillic а): whoever follows it believes they are on that site.
   */
  imitates: Organization | undefined;
}

const MAINSTREAM_TLDS = new Set(['com', 'kz', 'ru', 'org', 'net', 'uk']);
const MAX_HOSTS = 4096;

export class HostBook {
  private readonly known = new Map<string, HostFacts>();

  constructor(
    private readonly orgByDomain: (host: string) => Organization | undefined,
    private readonly shorteners: ReadonlySet<string>,
    private readonly neutral: ReadonlySet<string>,
    /** A name with its look-alike letters read as the Latin ones they look like. */
    private readonly skeleton: (name: string) => string = (name) => name,
  ) {}

  /** The facts of a lower-cased host as findLinks gives it. */
  facts(host: string): HostFacts {
    let f = this.known.get(host);
    if (f === undefined) {
      f = this.work(host);
      // a stream of ever-new hosts only fills the table up to its bound, then it starts over
      if (this.known.size >= MAX_HOSTS) this.known.clear();
      this.known.set(host, f);
    }
    return f;
  }

  private work(host: string): HostFacts {
    const parents = hostAndParents(host);
    const owner = this.ownerOf(parents);
    // what an internationalized name shows the reader, its look-alike letters read as Latin
    const shown = host.includes('xn--') ? this.skeleton(domainToUnicode(host)) : host;
    const imitates = owner === undefined && shown !== host ? this.ownerOf(hostAndParents(shown)) : undefined;
    return {
      owner,
      shortener: parents.some((h) => this.shorteners.has(h)),
      neutral: parents.some((h) => this.neutral.has(h)),
      labels: shown.split(/[.-]/),
      registrable: registrableLabel(host),
      mainstream: MAINSTREAM_TLDS.has(host.slice(host.lastIndexOf('.') + 1)),
      imitates,
    };
  }

  private ownerOf(hosts: readonly string[]): Organization | undefined {
    for (const h of hosts) {
      const owner = this.orgByDomain(h);
      if (owner) return owner;
    }
    return undefined;
  }
}

/** The brand names an organization's domains carry ("kaspi" of kaspi.kz), four letters or more. */
export function brands(org: Organization): string[] {
  const out: string[] = [];
  for (const d of org.domains) {
    const brand = d.value.toLowerCase().replace(/^www\./, '').split('.')[0];
    if (brand && brand.length >= 4) out.push(brand);
  }
  return out;
}

/** A host (by its labels) that is not the organization's but carries its name ("kaspi-bank.top" for Kaspi). */
export function looksLikeOrg(labels: readonly string[], claimed: readonly string[], brandsOf: ReadonlyMap<string, readonly string[]>): boolean {
  for (const id of claimed) {
    const list = brandsOf.get(id);
    if (!list) continue;
    for (const brand of list) if (labels.some((l) => l.includes(brand))) return true;
  }
  return false;
}
