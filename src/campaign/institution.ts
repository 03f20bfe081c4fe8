// An institution as the authority maintains it, and the rules a form or an import row must meet.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { parseLink, recognizePlatform } from './platform.js';

export const INSTITUTION_FIELDS = ['name_kk', 'name_ru', 'type', 'district', 'director', 'email', 'phone', 'website', 'socials'] as const;
export type InstitutionField = (typeof INSTITUTION_FIELDS)[number];

export interface InstitutionInput {
  nameKk: string;
  nameRu: string;
  type: string;
  district: string;
  director: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  /** platform → URL of the institution's account there */
  socials: Record<string, string>;
}

export type ProblemReason = 'required' | 'too_long' | 'email' | 'phone' | 'url' | 'type' | 'social' | 'duplicate';

export interface FieldProblem {
  field: InstitutionField;
  reason: ProblemReason;
  value: string;
}

export type TypeLabels = Record<string, { kk: string; ru: string; en: string }>;

export type Validated = { ok: true; value: InstitutionInput } | { ok: false; problems: FieldProblem[] };

const norm = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** A type code from its code or any of its labels (case-insensitive). */
export function resolveType(text: string, types: TypeLabels): string | undefined {
  const t = norm(text);
  for (const [code, labels] of Object.entries(types)) {
    if (t === code || t === norm(labels.kk) || t === norm(labels.ru) || t === norm(labels.en)) return code;
  }
  return undefined;
}

/** Social account links from free text (one per line, or separated by spaces, commas or semicolons). */
export function parseSocials(text: string): { socials: Record<string, string>; bad: string[] } {
  const socials: Record<string, string> = {};
  const bad: string[] = [];
  for (const piece of text.split(/[\s,;]+/).filter(Boolean)) {
    const url = parseLink(piece);
    const platform = url ? recognizePlatform(url, { siteHosts: [], newsHosts: [] }) : undefined;
    if (!url || !platform || platform === 'other' || platform === 'govkz' || platform === 'news') {
      bad.push(piece);
      continue;
    }
    let key: string = platform;
    for (let i = 2; key in socials; i++) key = `${platform}_${i}`;
    socials[key] = url.href;
  }
  return { socials, bad };
}

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** Checks one institution given as text fields (a form or an import row). */
export function validateInstitution(raw: Partial<Record<InstitutionField, string>>, types: TypeLabels): Validated {
  const problems: FieldProblem[] = [];
  const text = (f: InstitutionField, max: number, required: boolean): string | null => {
    const v = (raw[f] ?? '').trim().replace(/\s+/g, ' ');
    if (v === '') {
      if (required) problems.push({ field: f, reason: 'required', value: '' });
      return null;
    }
    if (v.length > max) {
      problems.push({ field: f, reason: 'too_long', value: v.slice(0, 40) });
      return null;
    }
    return v;
  };
  const nameKk = text('name_kk', 300, true);
  const nameRu = text('name_ru', 300, true);
  const typeText = text('type', 100, true);
  const district = text('district', 120, true);
  const director = text('director', 200, false);
  const emailText = text('email', 200, false);
  const phoneText = text('phone', 40, false);
  const websiteText = text('website', 500, false);

  let type: string | undefined;
  if (typeText !== null) {
    type = resolveType(typeText, types);
    if (!type) problems.push({ field: 'type', reason: 'type', value: typeText });
  }
  let email: string | null = null;
  if (emailText !== null) {
    if (EMAIL.test(emailText)) email = emailText.toLowerCase();
    else problems.push({ field: 'email', reason: 'email', value: emailText });
  }
  let phone: string | null = null;
  if (phoneText !== null) {
    const p = parsePhoneNumberFromString(phoneText, 'KZ');
    if (p?.isValid()) phone = p.number;
    else problems.push({ field: 'phone', reason: 'phone', value: phoneText });
  }
  let website: string | null = null;
  if (websiteText !== null) {
    const u = parseLink(websiteText);
    if (u) website = u.href;
    else problems.push({ field: 'website', reason: 'url', value: websiteText });
  }
  const { socials, bad } = parseSocials(raw.socials ?? '');
  for (const b of bad) problems.push({ field: 'socials', reason: 'social', value: b.slice(0, 80) });

  if (problems.length > 0 || nameKk === null || nameRu === null || type === undefined || district === null) {
    return { ok: false, problems };
  }
  return { ok: true, value: { nameKk, nameRu, type, district, director, email, phone, website, socials } };
}

/** The key two rows (or a row and a stored institution) are the same institution by. */
export function institutionKey(nameRu: string, district: string): string {
  return `${norm(nameRu)}|${norm(district)}`;
}
