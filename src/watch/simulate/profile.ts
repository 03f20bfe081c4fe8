// The simulator profile (data/simulate/profile.json): organizations, couriers, utilities and message
// templates. Parsed by a TypeBox schema and compiled once, so a bad data file fails before generation.
import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { SaqbolError } from '../../errors.js';
import { compileTemplate, slotsOf } from './template.js';
import type { Template } from './template.js';

const Bilingual = Type.Object({ ru: Type.String({ minLength: 1 }), kk: Type.String({ minLength: 1 }) });
const TemplateList = Type.Array(Type.String({ minLength: 1 }), { minItems: 1 });
const Texts = Type.Object({ ru: TemplateList, kk: TemplateList });
const Org = Type.Object({ id: Type.String({ minLength: 1 }), senderId: Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9 ._-]{0,10}$' }), name: Bilingual });

export const PRETEXTS = ['auth_error', 'intercom', 'meter_check', 'parcel', 'card_blocked', 'suspicious_tx'] as const;
export type Pretext = (typeof PRETEXTS)[number];

const Lure = Type.Object({
  orgs: Type.Object({ ru: Type.Array(Type.String(), { minItems: 1 }), kk: Type.Array(Type.String(), { minItems: 1 }) }),
  ru: TemplateList,
  kk: TemplateList,
});

export const ProfileSchema = Type.Object({
  $comment: Type.Optional(Type.String()),
  hotlines: Type.Array(
    Type.Composite([
      Org,
      Type.Object({
        kind: Type.Union([Type.Literal('hotline'), Type.Literal('government')]),
        number: Type.String({ pattern: '^(\\+7\\d{10}|\\d{3,5})$' }),
        weight: Type.Number({ exclusiveMinimum: 0 }),
      }),
    ]),
    { minItems: 1 },
  ),
  operators: Type.Array(Org, { minItems: 1 }),
  delivery: Type.Array(Org, { minItems: 1 }),
  utilities: Type.Array(Type.Composite([Org, Type.Object({ city: Type.String({ pattern: '^\\d{3}$' }) })]), { minItems: 1 }),
  people: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
  streets: Type.Object({ ru: TemplateList, kk: TemplateList }),
  texts: Type.Object({ otp: Texts, balance: Texts, bankInfo: Texts, p2p: Texts, courier: Texts, utility: Texts }),
  lures: Type.Object(Object.fromEntries(PRETEXTS.map((p) => [p, Lure])) as Record<Pretext, typeof Lure>),
  urgency: Type.Object({ ru: Type.Array(Type.String()), kk: Type.Array(Type.String()) }),
});

export type ProfileData = Static<typeof ProfileSchema>;
export type Lang = 'ru' | 'kk';
export type TextKind = keyof ProfileData['texts'];

export interface Bi<T> {
  ru: T;
  kk: T;
}

/** A profile ready for generation: the data plus compiled templates. */
export interface Profile {
  data: ProfileData;
  texts: Record<TextKind, Bi<Template[]>>;
  lures: Record<Pretext, { orgs: Bi<string[]> } & Bi<Template[]>>;
}

/** Slots the simulator fills for each kind of text; a template using anything else is a data error. */
const ALLOWED_SLOTS: Record<TextKind | 'lure', readonly string[]> = {
  otp: ['org', 'code'],
  balance: ['org', 'amount', 'amount2'],
  bankInfo: ['org', 'num', 'date'],
  p2p: [],
  courier: ['org', 'name', 'num', 'order', 'time'],
  utility: ['org', 'num', 'date', 'street'],
  lure: ['org', 'num', 'urge', 'code', 'amount', 'date', 'street', 'order'],
};

function compileAll(kind: TextKind | 'lure', where: string, sources: string[]): Template[] {
  return sources.map((s) => {
    let t: Template;
    try {
      t = compileTemplate(s);
    } catch (err) {
      throw new SaqbolError('bad_config', { detail: `${where}: ${(err as Error).message}` });
    }
    for (const slot of slotsOf(t)) {
      if (!ALLOWED_SLOTS[kind].includes(slot)) throw new SaqbolError('bad_config', { detail: `${where}: unknown slot {${slot}} in "${s}"` });
    }
    if ((kind === 'lure' || kind === 'courier' || kind === 'utility') && !slotsOf(t).has('num')) {
      throw new SaqbolError('bad_config', { detail: `${where}: template must mention the number ({num}): "${s}"` });
    }
    return t;
  });
}

/** Validates parsed JSON against the schema and compiles its templates. */
export function parseProfile(json: unknown): Profile {
  if (!Value.Check(ProfileSchema, json)) {
    const first = Value.Errors(ProfileSchema, json).First();
    throw new SaqbolError('bad_config', { detail: `simulator profile ${first?.path ?? ''}: ${first?.message ?? 'invalid'}` });
  }
  const data = json;
  const texts = {} as Profile['texts'];
  for (const kind of Object.keys(data.texts) as TextKind[]) {
    texts[kind] = { ru: compileAll(kind, `texts.${kind}.ru`, data.texts[kind].ru), kk: compileAll(kind, `texts.${kind}.kk`, data.texts[kind].kk) };
  }
  const lures = {} as Profile['lures'];
  for (const p of PRETEXTS) {
    const l = data.lures[p];
    lures[p] = { orgs: l.orgs, ru: compileAll('lure', `lures.${p}.ru`, l.ru), kk: compileAll('lure', `lures.${p}.kk`, l.kk) };
  }
  return { data, texts, lures };
}
