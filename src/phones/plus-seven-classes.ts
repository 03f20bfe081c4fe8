// The +7 prefix table normalize.ts reads: which slot a number's leading national digits fall in, and the class
// (kind and country) libphonenumber gives every number of that slot, decoded once from plus-seven-table.ts.
import { PLUS_SEVEN_CLASSES, PLUS_SEVEN_RUNS } from './plus-seven-table.js';
import type { NumberKind } from './types.js';

export interface PrefixClass {
  kind: NumberKind;
  country: string | undefined;
}

/** How the 10 national digits are written: after "+7", "8" or "7", or bare (forms 0–3). */
export const WRITTEN_PREFIX = ['+7', '8', '7', ''];
export const FORMS = WRITTEN_PREFIX.length;

/** Prefixes per variant in the table: the 1 000 of three digits, 2 000 of five under 71/72, 10 000 of six under 93. */
export const PREFIX_SLOTS = 13_000;

/** The table slot of the national digits d0…: three of them, five under 71/72 (Kazakh landlines), six under 93. */
export function slotOf(d0: number, d1: number, d2: number, d3: number, d4: number, d5: number): number {
  const head = d0 * 100 + d1 * 10 + d2;
  if (d0 === 7 && (d1 === 1 || d1 === 2)) return 1000 + (head - 710) * 100 + d3 * 10 + d4;
  if (d0 === 9 && d1 === 3) return 3000 + (head - 930) * 1000 + d3 * 100 + d4 * 10 + d5;
  return head;
}

/** The national digits a slot stands for (the first of the numbers it holds, zeros after its prefix). */
export function slotNational(slot: number): string {
  const prefix = slot < 1000 ? String(slot).padStart(3, '0') : slot < 3000 ? String(71_000 + slot - 1000) : String(930_000 + slot - 3000);
  return prefix.padEnd(10, '0');
}

/** A class as the table names it: "mobile KZ", "fixed" (no country: toll-free +7 800), "-" for left to libphonenumber. */
export function className(cls: PrefixClass | null): string {
  return cls === null ? '-' : cls.country === undefined ? cls.kind : `${cls.kind} ${cls.country}`;
}

function classOfName(name: string): PrefixClass | null {
  if (name === '-') return null;
  const [kind, country] = name.split(' ');
  return { kind: kind as NumberKind, country };
}

/** Per variant (country * FORMS + form), the runs as class indexes, slot by slot. */
function decodeTable(runs: readonly string[]): Uint8Array {
  const out = new Uint8Array(runs.length * PREFIX_SLOTS);
  runs.forEach((coded, variant) => {
    let at = variant * PREFIX_SLOTS;
    for (const [, letter, count] of coded.matchAll(/([a-z])(\d*)/g)) out.fill(letter!.charCodeAt(0) - 0x61, at, (at += count === '' ? 1 : Number(count)));
    if (at !== (variant + 1) * PREFIX_SLOTS) throw new Error(`plus-seven-table.ts: variant ${variant} covers ${at - variant * PREFIX_SLOTS} prefixes, not ${PREFIX_SLOTS}`);
  });
  return out;
}

const CLASSES = PLUS_SEVEN_CLASSES.map(classOfName);
const table = decodeTable(PLUS_SEVEN_RUNS);

/** The class of a slot of a variant (country * FORMS + written form); null when the prefix is left to libphonenumber. */
export function classAt(variant: number, slot: number): PrefixClass | null {
  return CLASSES[table[variant * PREFIX_SLOTS + slot]!]!;
}
