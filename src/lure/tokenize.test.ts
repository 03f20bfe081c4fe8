import { describe, expect, it } from 'vitest';
import { lexicon } from '../../test/helpers/lure.js';
import { buildCharTable } from './char-table.js';
import { SCRIPT_CYR, SCRIPT_LAT, Tokenizer } from './tokenize.js';

const table = buildCharTable(lexicon.normalize);

function words(t: ReturnType<Tokenizer['run']>): string[] {
  return Array.from({ length: t.count }, (_, i) => String.fromCharCode(...t.buf.subarray(t.bufStart[i], t.bufEnd[i])));
}

describe('Tokenizer', () => {
  it('reads each text whole, one-byte or two-byte, after a longer one, with lone surrogates kept apart', () => {
    const tokenizer = new Tokenizer(table);
    expect(words(tokenizer.run(`${'длинное слово '.repeat(200)}конец`)).at(-1)).toBe('конец');
    expect(words(tokenizer.run('Call back'))).toEqual(['call', 'back']);
    expect(words(tokenizer.run('карта\ud800блок \udfffкод'))).toEqual(['карта', 'блок', 'код']);
    const t = tokenizer.run('ab');
    expect([t.count, t.origStart[0], t.origEnd[0]]).toEqual([1, 0, 2]);
  });

  it('keeps what early words got when a long text makes its buffers grow', () => {
    const tokenizer = new Tokenizer(table);
    const t = tokenizer.run(`кaрта c0de ${'слово '.repeat(300)}`);
    expect(t.count).toBe(302);
    expect(words(t).slice(0, 2)).toEqual(['карта', 'c0de']);
    expect([t.script[0], t.script[1], t.script[2], t.script[301]]).toEqual([SCRIPT_CYR, SCRIPT_LAT, SCRIPT_CYR, SCRIPT_CYR]);
    expect([t.leet[0], t.leet[1]]).toEqual([0, 1]);
  });

  it('joins evenly spaced letters, also after many words', () => {
    const tokenizer = new Tokenizer(table);
    const t = tokenizer.run(`${'слово '.repeat(100)}п е р е з в о н и т е`);
    expect(t.count).toBe(101);
    expect(words(t)[100]).toBe('перезвоните');
    expect([t.spaced[0], t.spaced[100], t.script[0], t.script[100]]).toEqual([0, 1, SCRIPT_CYR, SCRIPT_CYR]);
  });

  it('gives each word the hash of its folded characters and counts the digits', () => {
    const tokenizer = new Tokenizer(table);
    const a = tokenizer.run('Карта 8 701');
    const first = [a.hash[0], a.hash[1]];
    expect(a.digits).toBe(4);
    const b = tokenizer.run('кАРТА, 8!');
    expect([b.hash[0], b.hash[1]]).toEqual(first);
    expect(b.digits).toBe(1);
  });
});
