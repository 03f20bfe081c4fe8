import { describe, expect, it } from 'vitest';
import { testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer({ wording: false });
const verdict = (text: string): string => analyzer.analyze({ text }).verdict;
const codes = (text: string): string[] => analyzer.analyze({ text }).reasons.map((r) => r.code);

// A scheme a warning describes in its own words and then names a fake is told of, as a quotation is.
describe('declared fakes', () => {
  it('reads what a verdict names — its sentence before a dash, or the sentence before it — as told of', () => {
    for (const text of [
      'В соцсетях распространяются сообщения о единовременной выплате пенсионерам со ссылкой на регистрацию. Это ФЕЙК.',
      'КГД: SMS о налоговой задолженности со ссылкой для быстрой оплаты — фишинг. Задолженность проверяйте в Кабинете налогоплательщика.',
      'Staff have received emails claiming their mailbox is full and asking them to verify their account via a link. These emails are fraudulent.',
      'Әлеуметтік желілерде біржолғы төлем туралы тіркелу сілтемесі бар хабарламалар тарап жүр. Бұл ЖАЛҒАН ақпарат.',
    ]) {
      expect(verdict(text), text).toBe('no_signs');
      expect(codes(text), text).not.toContain('link_request');
    }
  });

  it('declares nothing when asked, negated, or a word of the story', () => {
    // asked
    expect(codes('Пришло сообщение о выплате, перейдите по ссылке для регистрации. Это фейк?')).toContain('link_request');
    // a lure's own "мошенничество" is its pretext, not a verdict on it
    expect(codes('Ваша карта заблокирована из-за подозрения на мошенничество. Перейдите по ссылке для разблокировки.')).toContain('link_request');
    // a verdict names what comes before it, not the request after it
    expect(verdict('Сообщения о выигрыше — обман. Ваша карта заблокирована, срочно позвоните по номеру 87011234567.')).not.toBe('no_signs');
  });
});
