import { describe, expect, it } from 'vitest';
import { reasonCodes, testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer();
const codes = (text: string): string[] => reasonCodes(analyzer, text);
const verdict = (text: string): string => analyzer.analyze({ text }).verdict;

// "Your results show abnormalities, the doctor asks you to call urgently": a scare that sends the reader to a stranger.
describe('bad test results and a doctor to call', () => {
  it('is the medical pretext, and a mobile number for it is a lure', () => {
    const ru = 'Здравствуйте, это поликлиника №11. По результатам ваших анализов есть отклонения, врач просит срочно связаться по номеру +77059981204.';
    const kk = 'Сәлеметсіз бе, емханадан хабарласып тұрмыз. Флюорография нәтижеңізде күмәнді өзгерістер бар. Дәрігерге 8 702 993 17 40 нөміріне тез арада хабарласыңыз.';
    for (const text of [ru, kk]) {
      expect(codes(text), text).toContain('pretext.medical');
      expect(verdict(text), text).toBe('danger');
    }
    expect(codes('Результаты ваших анализов готовы, получить можно в регистратуре или в приложении.')).not.toContain('pretext.medical');
  });
});

describe('a dating match who moves to WhatsApp', () => {
  it('is the romance pretext next to the move', () => {
    const text = 'Привет) нашла тебя в Тиндере, тут редко захожу. напиши мне в вотсап 87013328417 😊 Айгерим';
    expect(codes(text)).toEqual(expect.arrayContaining(['pretext.romance', 'messenger_move']));
    expect(verdict(text)).toBe('danger');
    expect(verdict('Привет, напиши мне в вотсап, тут неудобно')).toBe('no_signs');
  });
});

describe('a gas check by a "master" to call, and a crypto pool', () => {
  it('read the gas check and the pool', () => {
    expect(codes('Завтра газовщики обходят квартиры, проверка плит обязательная, звоните мастеру 87763019948. Кто не пропустит тому отключат газ')).toContain('pretext.meter');
    expect(codes('Запустили закрытый пул на Bybit, доходность 4% в день, вход от 50 000 тг')).toContain('pretext.investment');
    expect(codes('Your balance could be N1m by tonight! Play Treasure Hunt – N1m daily Prize')).not.toContain('pretext.investment');
  });
});

describe('a rental paid for before it is seen', () => {
  it('is the rental pretext: hold the flat, a prepayment, keys through a friend', () => {
    const text = 'Квартира свободна, но желающих много. Чтобы я придержал её для вас, переведите предоплату 30 000 на карту 4400 4301 2233 9087, вечером передам ключи через знакомого, я в командировке';
    expect(codes(text)).toContain('pretext.rental');
    expect(verdict(text)).toBe('danger');
    expect(codes('Квартиру посмотрите в субботу, ключи у меня, договор подпишем на месте')).not.toContain('pretext.rental');
  });

  it('is the owner who is away and sends the reader to call "the agent who has the keys", in the three languages', () => {
    for (const text of [
      'Квартира ещё свободна. Я сейчас в другом городе, ключи у моего риелтора. Позвоните ему +77015563842, он забронирует её за вами',
      'Пәтер бос, бірақ мен қазір басқа қаладамын. Агентіме қоңырау шалыңыз +7 771 450 93 27, ол сізге брондап қояды',
      "The flat is still free. I'm out of town, my agent has the keys: call him on +7 701 556 38 42 and he will reserve it for you",
    ]) {
      expect(codes(text), text).toContain('pretext.rental');
      expect(verdict(text), text).not.toBe('no_signs');
    }
    expect(codes('Перед просмотром позвоните мне, я покажу квартиру вечером')).not.toContain('pretext.rental');
  });
});

describe('a buyer who has "already paid"', () => {
  it('is the classifieds pretext: money for the seller waiting behind a call or a link', () => {
    for (const text of [
      'Колёса: покупатель забронировал ваш автомобиль через сервис «Безопасная покупка». Ожидаем вашего звонка: 8 (727) 339 40 71',
      'Сатушы, алдын ала төлем түсті. Растау үшін хабарласыңыз +7 700 412 58 93',
      'Seller, the buyer has made a prepayment. Please call +7 700 653 21 90 to receive the payment.',
    ]) {
      expect(codes(text), text).toContain('pretext.marketplace');
      expect(verdict(text), text).not.toBe('no_signs');
    }
    expect(codes('Здравствуйте, я по объявлению, велосипед ещё продаёте? Могу подъехать вечером')).not.toContain('pretext.marketplace');
  });
});

describe('a discount for today only at an unknown site', () => {
  it('reads the offer and its urgency', () => {
    expect(codes('Скидка 50% на ОСАГО только сегодня! Оформите полис онлайн: osago-kz24.com/buy')).toEqual(expect.arrayContaining(['topic.promo', 'urgency', 'link.unknown']));
  });
});
