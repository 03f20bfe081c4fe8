// The consolidated report's input: the directive and one row per publication link.

export type ReportLang = 'kk' | 'ru' | 'en';

export interface ReportDirective {
  title: { kk: string; ru: string };
  /** UTC ISO. */
  deadline: string;
  /** UTC ISO. */
  issuedAt: string;
  /** Who the cover letter is addressed to. */
  authorityName?: { kk: string; ru: string };
}

export interface ReportRow {
  n: number;
  institution: { kk: string; ru: string };
  district: string;
  /** A platform code (see campaign/platform.ts); unknown codes are printed as they are. */
  platform: string;
  url: string;
  /** The publication's language code ('kk', 'ru', …), or null when unknown. */
  lang: string | null;
  /** UTC ISO. */
  submittedAt: string;
  late: boolean;
  /** A verification status code (see data/presskit/report.json "statuses"); unknown codes are printed as they are. */
  status: string;
  /** SHA-256 of the archived evidence, once the link was verified. */
  evidenceSha256?: string | null;
  /** UTC ISO of the last verification. */
  checkedAt?: string | null;
}

export interface ReportData {
  directive: ReportDirective;
  /** UTC ISO: when the report was made. */
  generatedAt: string;
  rows: ReportRow[];
}
