import { describe, expect, it } from 'vitest';
import { reasonCodes, testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer();
const codes = (text: string): string[] => reasonCodes(analyzer, text);

// "I sent a code to your number by mistake, forward it to me": the code is the key to the reader's own account.
describe('a request to forward a code that "came by mistake"', () => {
  it('reads the request in the three languages', () => {
    expect(codes('Извините, я случайно отправил код на ваш номер, перешлите его мне пожалуйста')).toContainEqual(expect.stringMatching(/^code_request\b/));
    expect(codes('Кешіріңіз, қателесіп кодты сіздің нөміріңізге жібердім, соны маған жіберіңізші')).toContainEqual(expect.stringMatching(/^code_request\b/));
    expect(codes('Sorry, I sent my code to your number by mistake, could you forward it to me?')).toContainEqual(expect.stringMatching(/^code_request\b/));
  });

  it('reads the pronoun before or after "мне" ("пришлите мне его", as a vote for a school is asked in chats)', () => {
    for (const text of ['Голосуем за школу, вам сейчас придёт SMS с кодом, пришлите мне его, пожалуйста', 'Вам придёт код, отправьте мне его сюда'])
      expect(codes(text), text).toContainEqual(expect.stringMatching(/^code_request\b/));
  });

  // School and parents' chats are where it is asked: their friendly words must not clear it.
  it("flags a code that will come to the reader, asked to be passed to the writer, among a school chat's words", () => {
    for (const text of [
      'Добрый день, это классный руководитель. Голосуем за школу в конкурсе, вам придёт код в смс, перешлите его мне',
      'Сәлем, мен ата-аналар комитетінен Айнұрмын. Сыйлыққа ақша жинау чатына қосып жатырмын, сізге SMS код келеді, соны маған жіберіңізші',
      "Hi, it's Dana from the school parents' chat. I sent a code to your phone by mistake, could you forward it to me?",
    ]) {
      expect(codes(text), text).toContain('code_request.forward');
      expect(analyzer.analyze({ text }).verdict, text).not.toBe('no_signs');
    }
    // the service's own "a code will come, enter it in the app" asks nothing of the kind
    expect(codes('Вам придёт код подтверждения, введите его в приложении Kaspi.kz. Никому не сообщайте код')).not.toContain('code_request.forward');
  });

  it('reads no request in forwarding a plain message or a photo', () => {
    expect(codes('Перешлите, пожалуйста, это объявление соседям')).not.toContainEqual(expect.stringMatching(/^code_request\b/));
    expect(codes('Please forward this invitation to your team')).not.toContainEqual(expect.stringMatching(/^code_request\b/));
  });
});

describe('the "sent you a code by mistake" line in Kazakh', () => {
  it('is a request for the code, while asking a friend for a photo is not', () => {
    expect(codes('Сәлем, қателесіп саған 6 таңбалы код жіберіп қойдым, жібере салшы өтінем, маған қатты керек')).toContainEqual(expect.stringMatching(/^code_request\b/));
    expect(codes('Салем, саған код келді ме? Соны жібере салшы')).toContainEqual(expect.stringMatching(/^code_request\b/));
    expect(codes('Фотоны жібере салшы, көрейін')).not.toContainEqual(expect.stringMatching(/^code_request\b/));
    expect(analyzer.analyze({ text: 'Сәлем, мен Айдана ғой, кездейсоқ сенің нөміріңе код жіберіп қойдым, 6 сан, маған жіберіп жібереші өтінем' }).verdict).not.toBe('no_signs');
    expect(codes('Сіздің нөміріңізге код жіберілді: 4521. Ешкімге айтпаңыз')).not.toContainEqual(expect.stringMatching(/^code_request\b/));
    expect(codes('Балам, маған код келді, не істеймін?')).not.toContainEqual(expect.stringMatching(/^code_request\b/));
  });
});
