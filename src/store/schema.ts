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

export interface VerificationJobsTable {
  publication_id: number;
  url: string;
  host: string;
  state: string; // 'queued' | 'running' | 'done'
  attempts: Generated<number>;
  run_after: string;
  lease_until: string | null;
  lease_owner: string | null;
  next_check_at: string | null;
  last_evidence_id: number | null;
  gone_since: string | null;
  requested_at: string;
  updated_at: string;
}

export interface EvidenceTable {
  id: Generated<number>;
  publication_id: number;
  source: string; // 'check' | 'upload'
  status: string;
  reason: string;
  checked_at: string;
  checked_at_local: string;
  requested_url: string;
  fetched_url: string;
  final_url: string | null;
  http_status: number | null;
  hops: Generated<string>; // JSON: [{url, status}]
  title: string | null;
  published_at: string | null;
  published_source: string | null;
  modified_at: string | null;
  modified_source: string | null;
  langs: Generated<string>; // JSON: {shares, main, present, perParagraph}
  matched_terms: Generated<string>; // JSON: [{lang, text, kind}]
  kit_overlap: number | null;
  text: Generated<string>;
  headers: Generated<string>; // JSON
  body_gz: Buffer | null;
  body_sha256: string | null;
  body_bytes: number | null;
  screenshot: Buffer | null;
  screenshot_type: string | null;
  screenshot_sha256: string | null;
  rendered: Generated<number>;
  duration_ms: Generated<number>;
  review: string | null; // 'pending' | 'confirmed' | 'rejected'
  reviewed_by: number | null;
  reviewed_at: string | null;
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
  verification_jobs: VerificationJobsTable;
  evidence: EvidenceTable;
  scam_reports: ScamReportsTable;
  reminder_policies: ReminderPoliciesTable;
  reminders: RemindersTable;
}

export interface ReminderPoliciesTable {
  directive_id: number;
  days_before: string; // JSON: number[]
  cap: number;
  min_gap_hours: number;
  send_hour: number;
  enabled: number;
  updated_at: string;
}

export interface RemindersTable {
  id: Generated<number>;
  directive_id: number;
  assignment_id: number;
  rule: string;
  fire_at: string;
  to_email: string | null;
  subject: string;
  body: string;
  channel: string; // 'smtp' | 'outbox'
  status: string; // 'outbox' | 'sending' | 'sent' | 'failed' | 'no_address' | 'done'
  attempts: Generated<number>;
  error: string | null;
  created_at: string;
  sent_at: string | null;
  updated_at: string;
}
