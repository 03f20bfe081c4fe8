// Row types of every table, as Kysely sees them. Times are ISO-8601 UTC strings, booleans 0/1,
// JSON columns are text: the same shapes on SQLite and PostgreSQL.
import type { Generated } from 'kysely';

export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface InstitutionsTable {
  id: Generated<number>;
  name_kk: string;
  name_ru: string;
  type: string;
  district: string;
  director: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  socials: string; // JSON: {platform: url}
  created_at: string;
  updated_at: string;
}

export interface AlertsTable {
  id: Generated<number>;
  slug: string;
  /** JSON: { kk: AlertText, ru: AlertText } — see campaign/alert. */
  content: string;
  hotlines: string; // JSON: [{number, label:{kk,ru,en}}]
  source_url: string | null;
  created_at: string;
  updated_at: string;
}

export interface Database {
  settings: SettingsTable;
  institutions: InstitutionsTable;
  alerts: AlertsTable;
}
