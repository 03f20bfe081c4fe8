import { describe, expect, it } from 'vitest';
import { testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer({ wording: false });
const reasons = (text: string): { code: string; text: string }[] => analyzer.analyze({ text }).reasons.map((r) => ({ code: r.code, text: r.text }));

// A letter's "questions? call us" line offers a contact, as a signature does; it is no request to call back.
describe('a contact line offered for questions', () => {
  it('reads the call word after "по всем вопросам", "сұрақтар бойынша", "if you have questions" as a contact hint', () => {
    for (const [text, word] of [
      ['Расписание сессии вывешено на сайте. По всем вопросам обращайтесь в деканат (корпус ГУК, каб. 410) или звоните +7 727 377 33 30.', 'звоните'],
      ['Сұрақтар бойынша деканатқа (бас ғимарат, 410 каб.) немесе +7 (7172) 70-95-00, ішкі 1120 телефонына хабарласыңыз.', 'хабарласыңыз'],
      ['Invoice #482 for November is attached. If you have questions about this invoice, please call our billing team at +7 727 356 02 02.', 'call'],
    ] as const) {
      const r = reasons(text);
      expect(r, text).toContainEqual(expect.objectContaining({ code: 'contact_hint', text: expect.stringContaining(word) as string }));
      expect(r.map((x) => x.code), text).not.toContain('callback');
    }
  });

  it('leaves a call request in another sentence, and a lure with a pretext, as they were', () => {
    expect(reasons('По всем вопросам пишите в чат. Срочно перезвоните 8 701 555 12 34').map((x) => x.code)).toContain('callback');
    const lure = analyzer.analyze({ text: 'Ваша карта заблокирована из-за подозрительной операции. По всем вопросам звоните 8 701 555 12 34' });
    expect(lure.verdict).toBe('danger');
  });
});
