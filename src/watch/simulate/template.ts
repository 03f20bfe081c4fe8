// Message templates with randomized wording: "[Уважаемый клиент|Құрметті клиент], {org} …".
// "[a|b|c]" picks one alternative (alternatives nest), "{slot}" is filled by the caller.
import type { Rng } from './prng.js';

type Part = string | { slot: string } | { alts: Part[][] };

export interface Template {
  readonly source: string;
  readonly parts: Part[];
}

/** Parses a template; throws RangeError on unbalanced brackets so a bad data file fails loudly at load. */
export function compileTemplate(source: string): Template {
  let i = 0;
  const parseSeq = (inAlt: boolean): { parts: Part[]; end: 'bar' | 'close' | 'eof' } => {
    const parts: Part[] = [];
    let buf = '';
    const flush = (): void => {
      if (buf) parts.push(buf);
      buf = '';
    };
    while (i < source.length) {
      const ch = source[i]!;
      if (ch === '[') {
        flush();
        i++;
        const alts: Part[][] = [];
        for (;;) {
          const r = parseSeq(true);
          alts.push(r.parts);
          if (r.end === 'close') break;
          if (r.end === 'eof') throw new RangeError(`unclosed "[" in template: ${source}`);
        }
        parts.push({ alts });
      } else if (inAlt && (ch === '|' || ch === ']')) {
        flush();
        i++;
        return { parts, end: ch === '|' ? 'bar' : 'close' };
      } else if (ch === '{') {
        const close = source.indexOf('}', i);
        if (close < 0) throw new RangeError(`unclosed "{" in template: ${source}`);
        flush();
        parts.push({ slot: source.slice(i + 1, close) });
        i = close + 1;
      } else if (ch === ']' || ch === '|') {
        throw new RangeError(`stray "${ch}" in template: ${source}`);
      } else {
        buf += ch;
        i++;
      }
    }
    flush();
    return { parts, end: 'eof' };
  };
  const { parts } = parseSeq(false);
  return { source, parts };
}

/** The slot names a template uses, so data files can be checked against what the simulator fills. */
export function slotsOf(t: Template): Set<string> {
  const out = new Set<string>();
  const walk = (parts: Part[]): void => {
    for (const p of parts) {
      if (typeof p === 'string') continue;
      if ('slot' in p) out.add(p.slot);
      else for (const a of p.alts) walk(a);
    }
  };
  walk(t.parts);
  return out;
}

export type Slots = Record<string, string | ((rng: Rng) => string)>;

function expandParts(parts: Part[], rng: Rng, slots: Slots, out: string): string {
  for (const p of parts) {
    if (typeof p === 'string') out += p;
    else if ('slot' in p) {
      const v = slots[p.slot];
      if (v === undefined) throw new RangeError(`template slot {${p.slot}} has no value`);
      out += typeof v === 'function' ? v(rng) : v;
    } else out = expandParts(rng.pick(p.alts), rng, slots, out);
  }
  return out;
}

export function expand(t: Template, rng: Rng, slots: Slots): string {
  let out = expandParts(t.parts, rng, slots, '');
  // an empty alternative ("[срочно |]") may leave a doubled or an edge space
  if (out.includes('  ') || out.startsWith(' ') || out.endsWith(' ')) out = out.replace(/ {2,}/g, ' ').trim();
  // a message that starts with a slot ("{org}: …" with "банк") still starts with a capital
  const first = out.charAt(0);
  const upper = first.toUpperCase();
  return first === upper ? out : upper + out.slice(1);
}
