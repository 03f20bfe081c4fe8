import { describe, expect, it } from 'vitest';
import { reasonCodes, testAnalyzer } from '../../test/helpers/lure.js';

// The rule alone: the learned wording weighs a re-registration notice as it likes, and is tested on its own.
const analyzer = testAnalyzer({ wording: false });
const codes = (text: string): string[] => reasonCodes(analyzer, text);

describe("the reader's own number", () => {
  it('is what the message is about, not a line to call, in the three languages', () => {
    for (const text of [
      'Ваш абонентский номер 8 701 334 20 19 переоформлен на нового владельца. Kcell',
      'Сіздің 8 701 334 20 19 абоненттік нөміріңіз жаңа иесіне қайта рәсімделді. Kcell',
      'Your number +7 701 334 20 19 has been transferred to a new owner. Kcell',
    ]) {
      const found = codes(text);
      expect(found, text).not.toContain('channel.mobile');
      expect(found, text).not.toContain('number.unofficial');
      // the number weighs nothing: the message scores as it does without it
      expect(analyzer.analyze({ text }).score, text).toBe(analyzer.analyze({ text: text.replace(/\+?[78] 701 334 20 19 /, '') }).score);
      expect(analyzer.analyze({ text }).verdict, text).not.toBe('danger');
    }
  });

  it('leaves every other number of the message a line to call', () => {
    const r = analyzer.analyze({ text: 'Ваш номер 8 701 334 20 19 будет заблокирован. Для продления позвоните 8 705 111 22 33' });
    expect(r.reasons.filter((x) => x.code === 'channel.mobile')).toHaveLength(1);
    expect(r.verdict).toBe('danger');
  });

  it('needs the phrase right next to the number', () => {
    expect(codes('Ваш номер телефона нам известен, звоните 8 705 111 22 33')).toContain('channel.mobile');
  });
});
