import { describe, expect, it } from 'vitest';
import { testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer();
const spans = (text: string, code: string): string[] =>
  analyzer
    .analyze({ text })
    .reasons.filter((r) => r.code === code)
    .map((r) => text.slice(r.span[0], r.span[1]));

describe('a phrase read over a skipped word', () => {
  it('does not join words of two clauses', () => {
    expect(spans('Вопросы по дому, тел. председателя в чате', 'call_verb')).toEqual([]);
    expect(spans('Домофон жөндеу! Кілттер шектеулі', 'pretext.intercom')).toEqual([]);
  });

  it('does not join adjacent words across the end of a sentence', () => {
    expect(spans('Your payout has been sent to your bank account. Details are in the seller portal.', 'personal_data')).toEqual([]);
    expect(spans('Ваш банковский счёт? Данные карты не нужны', 'personal_data')).not.toContain('счёт? Данные');
    expect(spans('Confirm your account details here', 'personal_data')).toEqual(['account details']);
  });

  it('still joins them within one clause', () => {
    expect(spans('Домофон кілті берілді', 'pretext.intercom')).toEqual(['Домофон кілті']);
    expect(spans('Домофон жаңа кілті', 'pretext.intercom').length).toBeGreaterThan(0);
  });
});
