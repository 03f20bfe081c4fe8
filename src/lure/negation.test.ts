import { describe, expect, it } from 'vitest';
import { reasonCodes, testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer();
const codes = (text: string): string[] => reasonCodes(analyzer, text);

describe('a request the message says will not happen', () => {
  it('drops a pretext or a request right against "не требуется", "қажет емес", "not required"', () => {
    expect(codes('Ремонт домофона во 2 подъезде. Замена ключей не требуется.')).not.toContain('pretext.intercom');
    expect(codes('Замена ключей требуется до пятницы.')).toContain('pretext.intercom');
    expect(codes('Домофонды жөндеу. Кілттерді ауыстыру қажет емес.')).not.toContain('pretext.intercom');
    expect(codes('Домофонды жөндеу. Кілттерді ауыстыру керек.')).toContain('pretext.intercom');
    expect(codes('Intercom repair on Friday. Key replacement is not required.')).not.toContain('pretext.intercom');
    expect(codes('Intercom repair on Friday. Key replacement is required.')).toContain('pretext.intercom');
  });

  it('drops the request right after "никаких", "ешқандай", "no need to"', () => {
    expect(codes('Никаких оплат по телефону мы не собираем.')).not.toContain('payment_request');
    expect(codes('Оплатите по телефону до конца дня.')).toContain('payment_request');
    expect(codes('There is no need to call us back.')).not.toContain('callback');
  });

  it('keeps a lure whose negation says something else ("не будет доставлена")', () => {
    const text = 'Ваша посылка не будет доставлена. Позвоните курьеру 8 702 518 40 33';
    expect(codes(text)).toContain('pretext.parcel');
    expect(analyzer.analyze({ text }).verdict).toBe('danger');
  });

  it('reads "не звоните" as a warning, "кто ещё не звонил" as none', () => {
    expect(codes('Не звоните по номерам из SMS.')).toContain('protective');
    expect(codes('Соседи, кто ещё не звонил — позвоните по номеру 8 702 518 40 33')).not.toContain('protective');
  });
});
