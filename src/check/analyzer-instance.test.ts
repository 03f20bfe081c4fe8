// The app's analyzer over the real registry: what the registry's facts change in a verdict.
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../paths.js';
import { analyzerFor } from './analyzer-instance.js';

const analyzer = analyzerFor(DATA_DIR);
const linkCodes = (text: string): string[] => analyzer.analyze({ text }).reasons.map((r) => r.code).filter((c) => c.startsWith('link.'));

describe("the State Social Insurance Fund's own site", () => {
  it('clears its payment notice in Russian and Kazakh, and still reads a look-alike of it', () => {
    for (const text of [
      'ГФСС: Вам назначена социальная выплата на случай потери работы. Сумма 68 420 тг будет перечисляться ежемесячно. Подробнее: gfss.kz',
      'МӘСҚ: Жұмысынан айырылу жағдайы бойынша әлеуметтік төлем тағайындалды. Толығырақ: gfss.kz',
    ]) {
      expect(linkCodes(text), text).toEqual(['link.official']);
      expect(analyzer.analyze({ text }).verdict, text).toBe('no_signs');
    }
    expect(linkCodes('ГФСС: вам назначена социальная выплата, получите на gfss-vyplata.kz')).not.toContain('link.official');
  });
});
