import { describe, expect, it } from 'vitest';
import { CodeUnits } from './code-units.js';

describe('CodeUnits', () => {
  it('holds every code unit of one-byte, two-byte and long texts, lone surrogates included', () => {
    const cu = new CodeUnits();
    for (const text of ['Call 8 701', 'Карта ₸ 🙂', '\ud800x\udfff', 'ж'.repeat(5000), 'ok']) {
      const units = cu.load(text);
      expect(Array.from(units.subarray(0, text.length)), text.slice(0, 20)).toEqual(Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)));
    }
  });
});
