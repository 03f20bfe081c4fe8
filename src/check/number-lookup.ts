// What saqbol knows about one number: the registry (official for whom, with sources), approved citizen
// reports, and Watch flags. One service behind the /check page, GET /api/numbers/:number and `saqbol number`.
import type { Kysely } from 'kysely';
import { normalizeNumber } from '../phones/normalize.js';
import type { Registry } from '../phones/registry.js';
import type { NormalizedNumber, OrgCategory } from '../phones/types.js';
import { flagsFor } from '../store/number-flags.js';
import type { NumberFlag } from '../store/number-flags.js';
import { reportedStats } from '../store/reports.js';
import type { ReportedStats } from '../store/reports.js';
import type { Database } from '../store/schema.js';

/** Watch's flags for a number (store/number-flags by default; tests may pass their own). */
export type WatchFlags = (db: Kysely<Database>, numberKey: string) => Promise<NumberFlag[]>;

export interface OfficialEntry {
  org: { id: string; category: OrgCategory; names: { kk: string; ru: string; en: string } };
  /** The registry entry as written, and the public page it comes from. */
  phone: { value: string; source: string };
}

export interface NumberLookup {
  input: string;
  normalized: NormalizedNumber;
  official: OfficialEntry[];
  reports: ReportedStats & { reported: boolean };
  watch: NumberFlag[];
}

export interface LookupDeps {
  db: Kysely<Database>;
  registry: Registry;
  watchFlags?: WatchFlags | undefined;
}

/** The lookup for a written number, or null when the input is not a phone number. */
export async function lookupNumber(deps: LookupDeps, input: string): Promise<NumberLookup | null> {
  const normalized = normalizeNumber(input);
  if (!normalized) return null;
  const official = deps.registry.lookup(normalized.key).map((m) => ({
    org: { id: m.org.id, category: m.org.category, names: m.org.names },
    phone: { value: m.phone.value, source: m.phone.source },
  }));
  const [stats, watch] = await Promise.all([
    reportedStats(deps.db, normalized.key),
    (deps.watchFlags ?? flagsFor)(deps.db, normalized.key),
  ]);
  return { input, normalized, official, reports: { ...stats, reported: stats.reports > 0 }, watch };
}
