import { describe, expect, it } from 'vitest';
import { reasonCodes, testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer();
const codes = (text: string): string[] => reasonCodes(analyzer, text);

// A stem that is also the start of another word (стаж/стажировка, activ/active) is written by its own forms.
describe('a word read by its own forms', () => {
  it("reads an operator's plan notice by the words' own forms: 'active' and the brand Activ are no activation, 'переведён' is no 'переведи'", () => {
    const plan = codes('Tele2: the Unlimited plan is now active on your number +7 747 201 66 30');
    expect(plan).not.toContain('verify_request');
    expect(plan).not.toContain('callback');
    const moved = codes('Activ: ваш номер 8 701 912 04 57 будет переведён на новый тариф');
    expect(moved).not.toContain('pretext.relative');
    expect(moved).not.toContain('verify_request');
    expect(codes('Мам, переведи 5000 на эту карту')).toContain('pretext.relative');
    expect(codes('Tap the link to activate your card')).toContain('verify_request');
  });

  it("takes 'стажировка' (an internship) for no pension record ('стаж')", () => {
    expect(codes('Вас приглашают на стажировку, уточнить график можно у администратора')).not.toContain('topic.pension');
    expect(codes('Для перерасчёта нужен ваш трудовой стаж и стажа не хватает')).toContain('topic.pension');
  });

  it('reads the Kazakh "Mom, it\'s me" of the new-number scheme, "номер" as people write it, and its favours', () => {
    const text = 'Апа, мен ғой, Асқар. Бұл жаңа номерім. Kaspi-ге 45 000 тастай аласыз ба? Кешке қайтарам, қатты керек боп тұр';
    expect(codes(text)).toEqual(expect.arrayContaining(['pretext.relative', 'topic.new_number', 'topic.favour']));
    expect(codes('Мен ғой, кешке барамын')).not.toContain('pretext.relative');
  });

  it('reads "disconnect" as advice, "disconnected" as the threat', () => {
    expect(codes('If you installed any software, disconnect from the network and contact the Service Desk.')).not.toContain('threat');
    expect(codes('Your number will be disconnected today. Call 87011234567')).toContain('pretext.contract_expiring');
  });
});
