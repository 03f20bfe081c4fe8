import { describe, expect, it } from 'vitest';
import { testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer({ wording: false });
const codes = (text: string): string[] => analyzer.analyze({ text }).reasons.map((r) => r.code);

// A request the message tells its reader not to make is advice, not a request.
describe('requests told not to be made', () => {
  it('reads an English or Russian negation before the verb as far as its clause goes', () => {
    for (const [text, code] of [
      ["Don't follow the links or enter your card details.", 'personal_data'],
      ["Don't follow the links or enter your card details.", 'link_request'],
      ['Do not transfer money to safe accounts.', 'safe_account'],
      ['Не переводите деньги на безопасный счёт и не устанавливайте приложения по просьбе незнакомцев.', 'safe_account'],
      ['Не переводите деньги на безопасный счёт и не устанавливайте приложения по просьбе незнакомцев.', 'remote_access'],
    ] as const) {
      expect(codes(text), text).not.toContain(code);
    }
    expect(analyzer.analyze({ text: "eGov.kz: Messages about a payment to all citizens are fake. Don't follow the links or enter your card details." }).verdict).toBe('no_signs');
  });

  it('reads a Kazakh negative verb, which ends the clause, back over its objects', () => {
    expect(codes('Бұл нөмірге хабарласпаңыз, сілтемеге өтпеңіз.')).not.toEqual(expect.arrayContaining(['callback']));
    expect(codes('Сілтемеге өтпеңіз.')).not.toContain('link_request');
    expect(codes('Кәсіпорын пәтерлерді аралап есептегіш ауыстырмайды және тексермейді.')).not.toContain('pretext.meter');
    // the verb may stand far from the object it governs, at the end of its clause
    expect(codes('Әкімдік сілтеме мен мессенджер арқылы банк картасының деректерін жинамайды.')).not.toEqual(expect.arrayContaining(['link_request']));
    // a request that ends in its own verb is not governed by a negative verb after it
    expect(codes('Кодты жіберіңіз ешкімге айтпаңыз')).toContainEqual(expect.stringMatching(/^code_request\b/));
    // "if you did not ask for it" is the call-back invoice's pretext, not the denial "сұрамайды"
    expect(codes('Егер сіз бұл ұзартуды сұрамаған болсаңыз, қолдау қызметіне хабарласыңыз: +7 717 227 60 41')).not.toContain('protective');
    // the same words asked for are a request
    expect(codes('Сілтемеге өтіңіз.')).toContain('link_request');
    expect(codes('Есептегішті ауыстыру үшін 87011234567 нөміріне хабарласыңыз')).toContain('pretext.meter');
  });

  it('reads a Kazakh past negative as a call that was not made, and a participle before "жағдайда" as a condition', () => {
    for (const text of ['Маратқа хабарластым — ешкім звондамаған.', 'Олар маған хабарласпады.', 'Мен ешкімге звондамадым.']) {
      expect(codes(text), text).not.toContain('callback');
    }
    // the same verbs asked for, or in "should you not call", still ask
    expect(codes('Хабарласпаған жағдайда картаңыз бұғатталады')).toContain('callback');
    expect(codes('87011234567 нөміріне звондаңыз')).toContain('callback');
  });

  it('reads "no" before a request\'s object, and an organization denying what a scheme claims', () => {
    expect(codes('They contain no links or attachments.')).not.toContain('link_request');
    expect(codes('Предприятие не проводит поквартирную замену или поверку счётчиков воды.')).not.toContain('pretext.meter');
    expect(codes('Если вам пишут с просьбой перевести деньги за сад, сообщите заведующей.')).not.toContain('safe_account');
    // "no need to…, just…": what follows "just" is asked
    expect(codes("You don't need to go to the bank, just tell us the code from SMS")).toContainEqual(expect.stringMatching(/^code_request\b/));
  });

  it('keeps a request that a threat, a condition or an urging negation makes', () => {
    for (const text of [
      'Если не перезвоните по номеру 87011234567, карта будет заблокирована',
      "Don't hesitate to call us at +7 701 123 45 67",
      'Не забудьте перезвонить по номеру 87011234567',
      'Хабарласуды кешіктірмеңіз: 87011234567',
      'Не переходите по ссылкам, а позвоните по номеру 87011234567',
    ]) {
      expect(codes(text), text).toContain('callback');
    }
    // a state the message threatens with is not a denial ("қаражат қайтарылмайды": the money will not come back)
    expect(codes('Бұл мерзім өткеннен кейін қаражат қайтарылмайды. 87011234567 нөміріне хабарласыңыз')).toContain('callback');
  });

  it('reads a request that is the condition of something already done as advice about it', () => {
    expect(codes('Если вы ввели данные карты на поддельном сайте, немедленно заблокируйте карту через свой банк.')).not.toContain('personal_data');
    expect(codes('If you clicked the link and entered your credentials, change your password.')).not.toContain('link_request');
    // a condition of what the reader wants is a request all the same
    expect(codes('Если вы хотите получить выплату, перейдите по ссылке и введите данные карты')).toEqual(expect.arrayContaining(['link_request', 'personal_data']));
  });
});
