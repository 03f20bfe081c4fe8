import { describe, expect, it } from 'vitest';
import { kazakhStem, stemWord } from './stem.js';

const opts = { kkEndings: ['ыңыз', 'іңіз', 'ңыз', 'ңіз', 'лар', 'лер', 'дар', 'дер', 'ға', 'ге', 'сы', 'сі', 'ы', 'і'], kkMinStem: 3 };

describe('stemWord', () => {
  it('keeps Russian stems as prefixes of the word', () => {
    expect(stemWord('перезвоните', 'ru', opts)).toBe('перезвон');
    expect(stemWord('счётчиков', 'ru', opts)).toBe('счетчик');
  });
  it('keeps English stems as prefixes even when Snowball rewrites the ending', () => {
    expect(stemWord('delivery', 'en', opts)).toBe('deliver');
    expect(stemWord('calling', 'en', opts)).toBe('call');
  });
  it('strips stacked Kazakh endings but keeps a minimum stem', () => {
    expect(kazakhStem('карталарыңыз', opts.kkEndings, 3)).toBe('карта');
    expect(kazakhStem('үйге', opts.kkEndings, 3)).toBe('үйге');
  });
});
