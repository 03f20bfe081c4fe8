import { describe, expect, it } from 'vitest';
import { reasonCodes, testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer();
const codes = (text: string): string[] => reasonCodes(analyzer, text);

// House-chat lures of the letter's kind: a check of the heating or the lifts, new fobs for a fee, a code "for the ОСИ".
describe('house notices', () => {
  it('read a heating or lift check and a fob replacement as the pretexts they are', () => {
    expect(codes('Плановая проверка радиаторов отопления. Квартиры, не предоставившие доступ, будут оштрафованы. Согласовать время: 8-771-019-27-63')).toContain('pretext.meter');
    expect(codes('Көршілер, лифттерді тексеру болады, 8 702 615 40 93 нөміріне хабарласыңыз')).toContain('pretext.meter');
    expect(codes('Замена брелоков от шлагбаума, старые перестают работать. Заявки по ватсапу +7 747 902 1164')).toContain('pretext.intercom');
    expect(codes('Шлагбаум брелоктарын ауыстыру жүріп жатыр. Ватсапқа жазыңыз +7 771 448 09 63')).toContain('pretext.intercom');
    expect(codes('Сізге SMS код келеді, соны осы чатқа жіберіп жіберіңізші')).toContainEqual(expect.stringMatching(/^code_request\b/));
  });

  it('read the building\'s door keys changed for chips, and old meters declared invalid, as the pretexts they are', () => {
    expect(codes('Меняем ключи от подъезда на новые чипы, позвоните подрядчику 87054417820')).toContain('pretext.intercom');
    expect(codes('Ескі үлгідегі электр есептегіштер жарамсыз болып саналады. Ауыстыруға жазылу: 8 747 883 10 52')).toContain('pretext.meter');
    expect(codes('Подъезд кілттерін ауыстыру басталды, 8 705 441 20 87 нөміріне хабарласыңыз')).toContain('pretext.intercom');
  });

  it('take a date the rule starts from ("с 1 апреля") for no appointment', () => {
    expect(codes('Старые брелоки перестают работать с 1 апреля, звоните 8 747 902 11 64')).not.toContain('schedule');
    expect(codes('Поверка счётчиков 12 ноября, будьте дома')).toContain('schedule');
  });

  it('read "домофон не отвечает" as no advice, and a store of the operator as its own channel', () => {
    expect(codes('Курьер: домофон не отвечает, перезвоните мне')).not.toContain('protective');
    expect(codes('Не отвечайте на такие сообщения')).toContain('protective');
    expect(codes('Пройдите регистрацию в салоне оператора или через eGov Mobile')).toContain('own_channel');
  });
});

describe('an IIN', () => {
  it('asked for is personal data; a registration "по ИИН" told of is not', () => {
    for (const text of ['Для подтверждения назовите ИИН и дату рождения', 'Напишите свой ИИН в ответ', 'ЖСН-іңізді айтыңыз'])
      expect(codes(text), text).toContain('personal_data');
    expect(codes('Ваш номер не прошёл регистрацию по ИИН. Пройдите регистрацию через eGov Mobile')).not.toContain('personal_data');
  });
});

describe('a delivery that failed', () => {
  it('"не смог доставить" is the parcel pretext', () => {
    expect(codes('Курьер CDEK не смог доставить ваш заказ №1094837212. Перезвоните курьеру 7 705 3387145')).toContain('pretext.parcel');
  });
});

describe('a router or other home equipment replaced "for free" by calling a technician', () => {
  it('is the equipment pretext in the three languages', () => {
    for (const text of [
      'Уважаемый абонент! Плановая замена роутера бесплатно. Для записи позвоните мастеру 8 (7172) 70 31 55',
      'Құрметті абонент! Роутерді тегін ауыстыру үшін шеберге хабарласыңыз: +7 (7252) 53-18-40',
      'Your home internet router is outdated. Please replace the router for free: contact the technician: 8 (7172) 70 31 55',
    ]) {
      expect(codes(text), text).toContain('pretext.equipment');
      expect(analyzer.analyze({ text }).verdict, text).toBe('danger');
    }
  });
});
