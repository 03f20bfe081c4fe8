// The press kit's shapes, and the TypeBox schemas its reviewed templates in data/presskit are checked against.
import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import type { AlertLang } from '../alert.js';

export const PLATFORMS = ['telegram', 'instagram', 'facebook', 'x', 'threads', 'sms'] as const;
export type Platform = (typeof PLATFORMS)[number];
export const KIT_LANGS = ['kk', 'ru'] as const satisfies readonly AlertLang[];
export type KitLang = AlertLang;

export interface ArticleText {
  headline: string;
  lead: string;
  body: string[];
  whatToDo: string[];
  /** One line per hotline: "102 — Полиция". */
  hotlines: string[];
  checkUrl: string;
  /** "Информацию распространяет: …" when the kit is for one institution. */
  institutionNote?: string;
}

export interface PressKitVariant {
  platform: Platform;
  lang: KitLang;
  text: string;
  /** The platform's length limit, in the platform's own way of counting (see length.ts). */
  limit: number | null;
}

export const LabelsSchema = Type.Object({
  kitTitle: Type.String(),
  articleLabel: Type.String(),
  variantsLabel: Type.String(),
  posterLabel: Type.String(),
  leadLabel: Type.String(),
  whatToDoLabel: Type.String(),
  pretextsLabel: Type.String(),
  hotlinesLabel: Type.String(),
  hotlineShort: Type.String(),
  checkLabel: Type.String(),
  institutionLabel: Type.String(),
  posterCall: Type.String(),
  posterScan: Type.String(),
  charCount: Type.String(),
  noLimit: Type.String(),
  or: Type.String(),
  hashtags: Type.Array(Type.String({ pattern: '^#[^\\s#]+$' }), { minItems: 1, maxItems: 30 }),
});
export type Labels = Static<typeof LabelsSchema>;

export const ArticleTemplateSchema = Type.Object({
  headline: Type.String({ minLength: 1 }),
  lead: Type.String({ minLength: 1 }),
  body: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
  institutionNote: Type.String(),
});
export type ArticleTemplate = Static<typeof ArticleTemplateSchema>;

export const BlockSchema = Type.Object({
  text: Type.String({ minLength: 1 }),
  /** Over the limit, blocks are dropped highest `drop` first; blocks without it always stay. */
  drop: Type.Optional(Type.Integer({ minimum: 1 })),
  /** A shorter wording tried before the block is dropped. */
  short: Type.Optional(Type.String({ minLength: 1 })),
});
export type Block = Static<typeof BlockSchema>;

export const VariantTemplateSchema = Type.Object({
  separator: Type.String(),
  blocks: Type.Array(BlockSchema, { minItems: 1 }),
});
export type VariantTemplate = Static<typeof VariantTemplateSchema>;

export interface LangTemplates {
  labels: Labels;
  article: ArticleTemplate;
  variants: Record<Platform, VariantTemplate>;
}

export type PressKitTemplates = Record<KitLang, LangTemplates>;

export interface PressKit {
  article: Record<KitLang, ArticleText>;
  variants: PressKitVariant[];
  /** The labels the DOCX and the poster print, per language. */
  labels: Record<KitLang, Labels>;
  checkUrl: string;
  institutionName?: { kk: string; ru: string };
}

export interface PressKitOptions {
  checkUrl: string;
  institutionName?: { kk: string; ru: string };
  /** Templates to build from; by default the reviewed ones in data/presskit. */
  templates?: PressKitTemplates;
}
