import { describe, expect, it } from 'vitest';
import { reasonCodes, testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer();
const codes = (text: string): string[] => reasonCodes(analyzer, text);

// "The courier could not contact you, call back": the failed-contact pretext, about a delivery.
describe('a courier who "could not contact you"', () => {
  it('is the failed-contact pretext about a parcel in the three languages', () => {
    for (const text of [
      'Курьер не смог с вами связаться. Перезвоните +7 775 640 92 03',
      'Курьеру не удалось связаться с вами, наберите 8 775 640 92 03',
      'Курьер сізбен байланыса алмады. Қайта қоңырау шалыңыз +7 775 640 92 03',
      'The courier could not contact you. Call back +7 775 640 92 03',
    ]) {
      expect(codes(text), text).toContain('pretext.unreached');
      expect(codes(text), text).toContain('topic.parcel');
    }
  });

  it('makes a call-back to a mobile number a danger', () => {
    expect(analyzer.analyze({ text: 'СДЭК: курьер сізбен байланыса алмады. Қайта қоңырау шалыңыз +7 775 640 92 03' }).verdict).toBe('danger');
  });

  it('is not read into a plain "we will contact you"', () => {
    expect(codes('Курьер свяжется с вами за час до доставки')).not.toContain('pretext.parcel');
    expect(codes('Курьер свяжется с вами за час до доставки')).not.toContain('pretext.unreached');
  });
});

// A business following up the reader's own request ("Вы оставляли заявку…") says it could not get through as a courier's lure does.
describe('"we could not reach you" after the reader’s own request', () => {
  it('is the follow-up of that request, not a pretext, in the three languages', () => {
    for (const text of [
      'Вы оставляли заявку на расчёт кредита. Не смогли до вас дозвониться, перезвоните менеджеру Арману: 8 771 100 44 77',
      'Сіз несие есептеу бойынша өтінім қалдырдыңыз. Сізге хабарласа алмадық, менеджерге қоңырау шалыңыз: 8 771 400 12 34',
      "Hi Sarah, following up on your car loan application. I tried to reach you, please call me back at +7 701 559 20 47",
    ]) {
      const c = codes(text);
      expect(c, text).toContain('own_request');
      expect(c, text).not.toContain('pretext.unreached');
    }
  });

  it('stays a pretext when nobody asked for the call', () => {
    expect(codes('Не смогли до вас дозвониться. Перезвоните 8 771 100 44 77')).toContain('pretext.unreached');
    expect(codes('Курьер не смог до вас дозвониться. Перезвоните +7 775 640 92 03')).toContain('pretext.unreached');
  });
});

describe('a loan taken out', () => {
  it('is the loan-in-your-name pretext when someone else takes it, not when the writer does', () => {
    expect(codes('На ваше имя оформлен кредит 500 000 тг. Если это не вы, позвоните 8 707 211 40 88')).toContain('pretext.suspicious_tx');
    expect(codes('Серик привет. Я в банке, оформляю кредит на машину, просят поручителя. Можешь набрать меня?')).not.toContain('pretext.suspicious_tx');
  });
});

describe('the reader’s own application', () => {
  it('is not the "application in your name" pretext', () => {
    const text = 'Вы оставляли заявку на подключение домашнего интернета. Не смогли до вас дозвониться, перезвоните по номеру 8 727 330 00 10';
    expect(codes(text)).not.toContain('pretext.suspicious_tx');
    expect(analyzer.analyze({ text }).verdict).toBe('no_signs');
    expect(codes('На ваше имя поступила заявка на подключение eSIM. Если это не вы, позвоните 8 727 330 00 10')).toContain('pretext.suspicious_tx');
  });
});

describe('a reply to the reader’s own request', () => {
  it('lowers the score of the call-back it asks for', () => {
    const own = '«Павлодар жылу желісі» ЖШС: жылу ақысын қайта есептеу туралы өтінішіңіз бойынша комиссия қорытындысы дайын. Толығырақ білу үшін 8 (7182) 32-11-40 нөміріне хабарласыңыз.';
    const r = analyzer.analyze({ text: own });
    expect(r.reasons.find((x) => x.code === 'own_request')?.weight).toBeLessThan(0);
    expect(r.verdict).toBe('no_signs');
  });

  it('is no lure topic: it does not turn a personal call-back into an organization’s', () => {
    // weighed without the learned wording, which reads the two texts' other words differently
    const plain = testAnalyzer({ wording: false });
    const text = 'По вашему заявлению о краже велосипеда. Перезвоните на этот номер, Инспектор Сейтказы';
    const without = text.replace('По вашему заявлению о краже велосипеда. ', 'Насчёт велосипеда. ');
    expect(plain.analyze({ text }).score).toBeLessThan(plain.analyze({ text: without }).score);
    for (const t of ['По вашему обращению №4471 о перерасчёте', 'Өтінішіңіз бойынша комиссия келеді', 'Regarding your request #5512']) expect(codes(t), t).toContain('own_request');
  });
});

describe('"could not contact you"', () => {
  it('is the unreached pretext in the three languages, and the follow-up of the reader’s own request after one', () => {
    for (const text of ['Курьер не смог с вами связаться, перезвоните 87756409203', 'Шебер сізбен байланыса алмады, 87756409203 хабарласыңыз', 'The courier could not contact you, call 87756409203']) {
      expect(codes(text), text).toContain('pretext.unreached');
      expect(codes(text), text).not.toContain('pretext.parcel');
    }
    expect(codes('№5527104 өтінім бойынша шебер сізбен байланыса алмады. 87756409203 хабарласыңыз')).not.toContain('pretext.unreached');
  });
});
