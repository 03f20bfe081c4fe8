import { describe, expect, it } from 'vitest';
import { registry, testAnalyzer } from '../../test/helpers/lure.js';
import { latinSkeleton } from './char-table.js';
import { HostBook } from './host-facts.js';
import { findLinks } from './links.js';

describe('host facts', () => {
  const book = new HostBook((h) => registry.orgByDomain(h), new Set(['bit.ly']), new Set(['google.com']));

  it('finds the owner from the host or a parent domain, and the host-only facts', () => {
    expect(book.facts('online.kaspi.kz').owner?.id).toBe('kaspi');
    expect(book.facts('kaspi-bank.top')).toMatchObject({ owner: undefined, shortener: false, neutral: false, labels: ['kaspi', 'bank', 'top'], registrable: 'kaspi-bank', mainstream: false });
    expect(book.facts('x.bit.ly')).toMatchObject({ shortener: true, neutral: false });
    expect(book.facts('maps.google.com')).toMatchObject({ neutral: true, registrable: 'google', mainstream: true });
    expect(book.facts('track.dhl.co.uk')).toMatchObject({ registrable: 'dhl', mainstream: true });
  });

  it('gives the same facts for a host seen again, and keeps working past its bound', () => {
    const first = book.facts('halykbank.kz');
    expect(book.facts('halykbank.kz')).toBe(first);
    for (let i = 0; i < 5000; i++) book.facts(`h${i}.example.top`);
    expect(book.facts('halykbank.kz')).toEqual(first);
    expect(book.facts('halykbank.kz').owner?.id).toBe('halyk');
  });
});

describe('findLinks over chunks seen before', () => {
  it('gives spans into each text, whatever text the chunk was first seen in', () => {
    const a = findLinks('Войдите: kaspi-help.top/login, срочно');
    const b = findLinks('>> (kaspi-help.top/login, ...');
    expect(a).toEqual([{ host: 'kaspi-help.top', span: [9, 29] }]);
    expect(b).toEqual([{ host: 'kaspi-help.top', span: [4, 24] }]);
    expect(findLinks('т.е. 1.5 file.txt')).toEqual([]);
    for (let i = 0; i < 9000; i++) findLinks(`x${i}.example.top`);
    expect(findLinks('Войдите: kaspi-help.top/login, срочно')).toEqual(a);
  });

  it('takes a bare name with a path as a link whatever its top-level domain, and one without a path only on a listed one', () => {
    expect(findLinks('Ақшаны алу үшін: egov-kz.help/zhardemaqy')).toEqual([{ host: 'egov-kz.help', span: [17, 40] }]);
    expect(findLinks('Подробнее: halyk-bonus.promo/get и kaspi.support')).toEqual([
      { host: 'halyk-bonus.promo', span: [11, 32] },
      { host: 'kaspi.support', span: [35, 48] },
    ]);
    // no path, an unlisted ending: a typo between sentences, not an address
    expect(findLinks('оплатил.Спасибо, приду.завтра и data.json/ 3.14/2')).toEqual([]);
  });
});

describe('an internationalized host', () => {
  const book = new HostBook((h) => registry.orgByDomain(h), new Set(), new Set(), (name) => latinSkeleton(testAnalyzer().lexicon.table, name));

  it('is found by its ASCII form, written in look-alike letters or as xn--', () => {
    expect(findLinks('Подробности на kаspi.kz/unblock')).toEqual([{ host: 'xn--kspi-53d.kz', span: [15, 31] }]);
    expect(findLinks('https://hаlykbank.kz/login')[0]?.host).toBe('xn--hlykbank-16g.kz');
  });

  it("imitates the organization whose site it spells with look-alike letters, and is nobody's own", () => {
    expect(book.facts('xn--kspi-53d.kz')).toMatchObject({ owner: undefined, imitates: { id: 'kaspi' }, labels: ['kaspi', 'kz'] });
    expect(book.facts('kaspi.kz')).toMatchObject({ owner: { id: 'kaspi' }, imitates: undefined });
    expect(book.facts('xn--80ak6aa92e.com').imitates).toBeUndefined();
  });

  it('reads as a look-alike link whatever organization the message names', () => {
    const codes = testAnalyzer()
      .analyze({ text: 'Ваша карта заблокирована. Подробности на kаspi.kz/unblock' })
      .reasons.map((r) => r.code);
    expect(codes).toContain('link.lookalike');
  });
});
