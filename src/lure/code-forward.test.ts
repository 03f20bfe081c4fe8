import { describe, expect, it } from 'vitest';
import { reasonCodes, testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer();
const codes = (text: string): string[] => reasonCodes(analyzer, text);

// "I sent a code to your number by mistake, forward it to me": the code is the key to the reader's own account.
describe('a request to forward a code that "came by mistake"', () => {
  it('reads the request in the three languages', () => {
    expect(codes('Извините, я случайно отправил код на ваш номер, перешлите его мне пожалуйста')).toContain('code_request');
    expect(codes('Кешіріңіз, қателесіп кодты сіздің нөміріңізге жібердім, соны маған жіберіңізші')).toContain('code_request');
    expect(codes('Sorry, I sent my code to your number by mistake, could you forward it to me?')).toContain('code_request');
  });

  it('reads the pronoun before or after "мне" ("пришлите мне его", as a vote for a school is asked in chats)', () => {
    for (const text of ['Голосуем за школу, вам сейчас придёт SMS с кодом, пришлите мне его, пожалуйста', 'Вам придёт код, отправьте мне его сюда'])
      expect(codes(text), text).toContain('code_request');
  });

  it('reads no request in forwarding a plain message or a photo', () => {
    expect(codes('Перешлите, пожалуйста, это объявление соседям')).not.toContain('code_request');
    expect(codes('Please forward this invitation to your team')).not.toContain('code_request');
  });
});

describe('the "sent you a code by mistake" line in Kazakh', () => {
  it('is a request for the code, while asking a friend for a photo is not', () => {
    expect(codes('Сәлем, қателесіп саған 6 таңбалы код жіберіп қойдым, жібере салшы өтінем, маған қатты керек')).toContain('code_request');
    expect(codes('Салем, саған код келді ме? Соны жібере салшы')).toContain('code_request');
    expect(codes('Фотоны жібере салшы, көрейін')).not.toContain('code_request');
    expect(analyzer.analyze({ text: 'Сәлем, мен Айдана ғой, кездейсоқ сенің нөміріңе код жіберіп қойдым, 6 сан, маған жіберіп жібереші өтінем' }).verdict).not.toBe('no_signs');
    expect(codes('Сіздің нөміріңізге код жіберілді: 4521. Ешкімге айтпаңыз')).not.toContain('code_request');
    expect(codes('Балам, маған код келді, не істеймін?')).not.toContain('code_request');
  });
});
