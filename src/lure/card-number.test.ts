import { describe, expect, it } from 'vitest';
import { lexicon, testAnalyzer } from '../../test/helpers/lure.js';
import { buildCharTable } from './char-table.js';
import { cardNumber } from './card-number.js';
import { Tokenizer } from './tokenize.js';

const tokenizer = new Tokenizer(buildCharTable(lexicon.normalize));
const analyzer = testAnalyzer();

describe('a card number written out', () => {
  it('finds sixteen digits in groups of four or in one piece, and not a masked card, a phone or an id', () => {
    expect(cardNumber(tokenizer.run('на карту 4400 4301 2233 1111, потом объясню'))).toEqual([2, 5]);
    expect(cardNumber(tokenizer.run('карта 4400-4301-2233-1111'))).toEqual([1, 4]);
    expect(cardNumber(tokenizer.run('карта 4400430122331111'))).toEqual([1, 1]);
    expect(cardNumber(tokenizer.run('Ваша карта *4417 перевыпущена'))).toBeUndefined();
    expect(cardNumber(tokenizer.run('4400 43** **** 1111'))).toBeUndefined();
    expect(cardNumber(tokenizer.run('звоните +44 20 3807 4411, ИИН 900101300123'))).toBeUndefined();
    expect(cardNumber(tokenizer.run('коды 1234 и 5678, потом 9012 и 3456'))).toBeUndefined();
  });

  it('flags a plea for money to a card that names no number to call, in the three languages', () => {
    for (const text of [
      'Мам, выручай, кинь 20 тысяч на эту карту 4400 4301 5566 7788, вечером всё объясню',
      'Апа, 20 мың жіберші мына картаға 4400 4301 5566 7788, кешке түсіндіремін',
      'Mum, help me out, send 20k to this card 4400 4301 5566 7788, I’ll explain tonight',
    ]) {
      const r = analyzer.analyze({ text });
      expect(r.reasons.map((x) => x.code), text).toContain('payment_request.card');
      expect(r.verdict, text).not.toBe('no_signs');
    }
  });
});
