import { describe, expect, it } from 'vitest';
import { Rng } from './prng.js';
import { compileTemplate, expand, slotsOf } from './template.js';

describe('templates', () => {
  it('fills slots and picks among (nested) alternatives', () => {
    const t = compileTemplate('[Здравствуйте|Добрый [день|вечер]], {name}! Позвоните {num}');
    expect([...slotsOf(t)].sort()).toEqual(['name', 'num']);
    const seen = new Set<string>();
    const rng = new Rng(1);
    for (let i = 0; i < 200; i++) seen.add(expand(t, rng, { name: 'Айдар', num: () => '8 701 000 00 00' }));
    expect(seen).toEqual(
      new Set(['Здравствуйте, Айдар! Позвоните 8 701 000 00 00', 'Добрый день, Айдар! Позвоните 8 701 000 00 00', 'Добрый вечер, Айдар! Позвоните 8 701 000 00 00']),
    );
  });

  it('removes the space an empty alternative leaves and capitalizes the first letter', () => {
    const t = compileTemplate('{org}: [срочно |]позвоните');
    const out = new Set<string>();
    const rng = new Rng(3);
    for (let i = 0; i < 50; i++) out.add(expand(t, rng, { org: 'банк' }));
    expect(out).toEqual(new Set(['Банк: срочно позвоните', 'Банк: позвоните']));
  });

  it('rejects unbalanced brackets and unknown slots', () => {
    expect(() => compileTemplate('[a|b')).toThrow(/unclosed/);
    expect(() => compileTemplate('a]')).toThrow(/stray/);
    expect(() => compileTemplate('{num')).toThrow(/unclosed/);
    expect(() => expand(compileTemplate('{x}'), new Rng(1), {})).toThrow(/\{x\}/);
  });
});
