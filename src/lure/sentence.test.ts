import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastInSentence, SentenceIndex, sentenceEnds } from './sentence.js';

describe('sentences', () => {
  it('ends one at a line break, "!", "?" or a stop before a capital, not at "каб. 410" or "т.е. код"', () => {
    expect(sentenceEnds('Позвоните нам. Мы ждём', 0, 20)).toBe(true);
    expect(sentenceEnds('обращайтесь в каб. 410 или звоните', 0, 30)).toBe(false);
    expect(sentenceEnds('то есть т.е. код', 0, 16)).toBe(false);
    expect(sentenceEnds('Внимание!\nзвоните', 0, 12)).toBe(true);
  });

  it('places every position in the sentence sentenceEnds gives it (property)', () => {
    const chars = fc.constantFrom('.', ' ', ' ', 'А', 'а', 'x', 'X', '\n', '!', '?', '1');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }).map((a) => a.join('')), fc.nat(), fc.nat(), (text, x, y) => {
        const a = x % (text.length + 1);
        const b = a + (y % (text.length - a + 1));
        const index = new SentenceIndex(text);
        expect(index.of(b) > index.of(a)).toBe(sentenceEnds(text, a, b));
      }),
    );
  });

  it('knows a word that ends its sentence', () => {
    const text = 'SMS-кодтарды сұрамайды. Байланыс: 1414';
    expect(lastInSentence(text, text.indexOf(' сұрамайды') + ' сұрамайды'.length)).toBe(true);
    expect(lastInSentence(text, text.indexOf('SMS-кодтарды') + 'SMS-кодтарды'.length)).toBe(false);
  });
});
