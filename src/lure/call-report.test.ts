import { describe, expect, it } from 'vitest';
import { reasonCodes, testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer();
const asksToCall = (text: string): boolean => reasonCodes(analyzer, text).some((c) => c === 'callback' || c === 'call_verb');

describe('a call word in the past tense', () => {
  it('reports a call somebody made, in Russian, Kazakh and English, and asks for none', () => {
    expect(asksToCall('Вчера звонила им на 8 701 334 12 90, трубку никто не взял')).toBe(false);
    expect(asksToCall('Перезвонил по 8 775 210 44 13, сказали ждать')).toBe(false);
    expect(asksToCall('Жеткізушіге 8 705 118 40 22 нөміріне хабарластым, жауап бермеді')).toBe(false);
    expect(asksToCall('Мен оған кеше хабарласқанмын, 8 747 902 11 35')).toBe(false);
    expect(asksToCall('I phoned 8 701 993 22 41 twice this morning, nobody picked up')).toBe(false);
    expect(analyzer.analyze({ text: 'Банкке хабарластым, карта қайта шығарылады. Менің нөмірім сол: 8 701 440 21 87' }).verdict).toBe('no_signs');
  });

  it('and the writer’s own first person ("перезвоню", "наберу", "свяжусь") say what the writer will do', () => {
    expect(asksToCall('Перезвоню тебе вечером, сейчас за рулём. Мой новый 8 701 334 22 19')).toBe(false);
    expect(asksToCall('Наберу вас после обеда по 8 702 448 10 36')).toBe(false);
    expect(asksToCall('Свяжусь с поставщиком сама, его номер 8 705 220 17 84')).toBe(false);
    // A noun of the same ending is no first person.
    expect(asksToCall('Запишитесь на консультацию по номеру 8 700 123 33 46')).toBe(true);
  });

  it('with the reader beside it is a missed call to the reader, which lures ask to return', () => {
    expect(reasonCodes(analyzer, 'Сізге бірнеше рет хабарластық, картаңызда күмәнді операция. Нөміріміз 8 707 123 45 64')).toContain('callback');
    expect(analyzer.analyze({ text: 'Сізге бірнеше рет хабарластық, картаңызда күмәнді операция. Нөміріміз 8 707 123 45 64' }).verdict).toBe('danger');
    expect(reasonCodes(analyzer, 'Мы звонили вам по поводу операции по карте, наш номер 8 707 123 45 65')).toContain('callback');
    // The writer's own first person stays a promise with the reader beside it.
    expect(asksToCall('Перезвоню тебе вечером, сейчас за рулём')).toBe(false);
  });

  it('is not the request, nor the Kazakh present-future ("хабарласады": somebody will call)', () => {
    expect(asksToCall('Срочно позвоните 8 707 310 55 21')).toBe(true);
    expect(asksToCall('8 747 210 33 18 нөміріне хабарласыңыз')).toBe(true);
    expect(asksToCall('Call 8 700 123 45 61 now')).toBe(true);
    expect(reasonCodes(analyzer, 'Сізге маман хабарласады, нөмірі 8 700 512 40 77')).toContain('callback');
  });
});

describe('a call phrase whose first word is in the past tense', () => {
  it('reports the call, as the word alone does ("Called the number on the back of the card")', () => {
    for (const text of ['My card got blocked yesterday. Called the number on the back of the card and they sorted it out in 5 min.', 'Карту заблокировали, сама позвонила в банк по номеру с обратной стороны карты, разблокировали за 5 минут.'])
      expect(analyzer.analyze({ text }).verdict, text).toBe('no_signs');
    expect(asksToCall('Your card is blocked. Call the number 8 747 210 33 18 now')).toBe(true);
  });
});
