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

export interface UsersTable {
  id: Generated<number>;
  username: string;
  role: string; // 'admin' | 'viewer'
  password_hash: string;
  disabled: Generated<number>;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  /** SHA-256 (hex) of the session id in the cookie; the id itself is never stored. */
  id_hash: string;
  user_id: number;
  created_at: string;
  expires_at: string;
}

export interface DirectivesTable {
  id: Generated<number>;
  alert_id: number;
  title: string;
  recipients: string; // JSON: {districts: string[], types: string[]} — empty lists mean all
  deadline: string; // UTC ISO
  platforms: string; // JSON: Platform[]
  instructions: string;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface AssignmentsTable {
  id: Generated<number>;
  directive_id: number;
  institution_id: number;
  token_hash: string;
  token_sealed: string;
  issued_at: string;
  revoked_at: string | null;
  created_at: string;
}

export interface PublicationsTable {
  id: Generated<number>;
  assignment_id: number;
  url: string;
  platform: string;
  declared_lang: string | null;
  submitted_at: string;
  late: number;
  withdrawn_at: string | null;
  updated_at: string;
  verify_status: Generated<string>;
  verify_reason: string | null;
  verified_at: string | null;
}

// Numbers flagged by Watch (see store/number-flags).
export interface NumberFlagsTable {
  id: Generated<number>;
  number: string;
  source: string;
  score: number;
  reasons: string; // JSON: [{code, value}]
  first_ts: string;
  last_ts: string;
  alerts: number;
  created_at: string;
  updated_at: string;
}

export interface ScamReportsTable {
  id: Generated<number>;
  dedupe_key: string;
  number_key: string | null;
  number_kind: string | null;
  text: string | null;
  text_hash: string | null;
  channel: string; // 'sms' | 'call' | 'messenger' | 'email'
  note: string | null;
  count: Generated<number>;
  status: Generated<string>; // 'pending' | 'approved' | 'rejected'
  first_reported_at: string;
  last_reported_at: string;
  decided_at: string | null;
  decided_by: number | null;
  updated_at: string;
}

export interface Database {
  settings: SettingsTable;
  number_flags: NumberFlagsTable;
  institutions: InstitutionsTable;
  alerts: AlertsTable;
  users: UsersTable;
  sessions: SessionsTable;
  directives: DirectivesTable;
  assignments: AssignmentsTable;
  publications: PublicationsTable;
  scam_reports: ScamReportsTable;
}
