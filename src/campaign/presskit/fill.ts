// Template filling and fitting: placeholders in, a text within the platform's limit out.
import type { Block } from './types.js';

export type Values = Readonly<Record<string, string | undefined>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholder names a template text uses. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/** Fills `{name}` placeholders; null when one of them has no value (the block is left out). */
export function fill(text: string, values: Values): string | null {
  const has = (name: string): boolean => (values[name] ?? '') !== '';
  if (!placeholders(text).every(has)) return null;
  return text.replace(PLACEHOLDER, (_m, name: string) => values[name] ?? '');
}

interface Live {
  block: Block;
  text: string;
  shortened: boolean;
  index: number;
}

/**
 * Joins the blocks and, while the text is over `limit`, gives up the least needed part: the block with
 * the highest `drop` (the later one on a tie) is first replaced by its `short` wording, then removed.
 * Blocks without `drop` always stay; if they alone are too long, the text is cut at a word boundary.
 */
export function fitBlocks(blocks: Block[], separator: string, values: Values, limit: number | null, measure: (s: string) => number): string {
  let live: Live[] = [];
  blocks.forEach((block, index) => {
    const text = fill(block.text, values);
    if (text !== null) live.push({ block, text, shortened: false, index });
  });
  const join = (): string => live.map((l) => l.text).join(separator);
  if (limit === null) return join();
  for (;;) {
    const text = join();
    if (measure(text) <= limit) return text;
    let victim: Live | undefined;
    for (const l of live) {
      if (l.block.drop === undefined) continue;
      if (!victim || l.block.drop > victim.block.drop! || (l.block.drop === victim.block.drop && l.index > victim.index)) victim = l;
    }
    if (!victim) return cutToFit(text, limit, measure);
    const short = !victim.shortened && victim.block.short !== undefined ? fill(victim.block.short, values) : null;
    if (short !== null && short !== victim.text) {
      victim.text = short;
      victim.shortened = true;
    } else {
      const gone = victim;
      live = live.filter((l) => l !== gone);
    }
  }
}

/** Cuts the end of `text` at a word boundary and marks the cut with an ellipsis. */
export function cutToFit(text: string, limit: number, measure: (s: string) => number): string {
  if (measure(text) <= limit) return text;
  let end = text.length;
  while (end > 0) {
    end = text.lastIndexOf(' ', end - 1);
    if (end <= 0) break;
    const candidate = `${text.slice(0, end).trimEnd()}…`;
    if (measure(candidate) <= limit) return candidate;
  }
  // No word boundary left: cut by code points.
  const chars = Array.from(text);
  while (chars.length > 0 && measure(`${chars.join('')}…`) > limit) chars.pop();
  return `${chars.join('')}…`;
}
