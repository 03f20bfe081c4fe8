import { describe, expect, it } from 'vitest';
import { reasonCodes, testAnalyzer } from '../../test/helpers/lure.js';
import { russianLatinSpellings } from './ru-latin.js';

const analyzer = testAnalyzer();
const codes = (text: string): string[] => reasonCodes(analyzer, text);

describe('Latin spellings of Russian', () => {
  it('follow everyday typing, passports, j-style and x/w-style habits, each once', () => {
    const spellings = russianLatinSpellings(['замена', 'домофона', 'жилец', 'щит']).map((s) => s.join(' '));
    expect(spellings).toContain('zamena domofona zhilec schit');
    expect(spellings.some((s) => s.includes('zhilets shchit'))).toBe(true);
    expect(spellings.some((s) => s.includes('jilec shit'))).toBe(true);
    expect(spellings.some((s) => s.includes('zhilets wit'))).toBe(true);
    expect(new Set(spellings).size).toBe(spellings.length);
  });

  it('leave a phrase with no Cyrillic word alone, and Latin words inside a phrase as they are', () => {
    expect(russianLatinSpellings(['kaspi'])).toEqual([]);
    expect(russianLatinSpellings(['код', 'kaspi'])[0]).toEqual(['kod', 'kaspi']);
  });
});

describe('a lure typed in Latin Russian', () => {
  it("carries the letter's pretexts, in each habit", () => {
    expect(codes("Zamena domofona v vashem pod'ezde. Dlya soglasovaniya pozvonite 87015553322. OSI")).toContain('pretext.intercom');
    expect(codes('Proverka schetchikov vody zavtra. Zapishites po tel 8 702 111 22 33')).toContain('pretext.meter');
    expect(codes('Vash paket ne dostavlen iz-za oshibki adresa. Pozvonite kurieru po nomeru 87071234567')).toContain('pretext.parcel');
    expect(codes('ZAMENA DOMOFONA! Perezvonite 8 705 441 28 93')).toContain('pretext.intercom');
  });

  it('reads danger as the Cyrillic lure does', () => {
    const latin = analyzer.analyze({ text: 'Uvazhaemyi klient, vasha karta zablokirovana. Srochno perezvonite 8 747 555 12 34' });
    const cyrillic = analyzer.analyze({ text: 'Уважаемый клиент, ваша карта заблокирована. Срочно перезвоните 8 747 555 12 34' });
    expect(latin.verdict).toBe('danger');
    expect(cyrillic.verdict).toBe('danger');
    expect(latin.lang).toBe('ru');
  });

  it('keeps a code notice with its warning a notice', () => {
    const r = analyzer.analyze({ text: 'Vash kod: 4821. Nikomu ne soobshchayte ego', sender: 'Kaspi.kz' });
    expect(r.verdict).toBe('no_signs');
    expect(r.reasons.map((x) => x.code)).toContain('protective');
  });
});

describe('a Latin Russian word the way people spell it', () => {
  it('reads ё typed as yo or jo', () => {
    expect(codes('Poverka schyotchikov vody! Zapishites po tel 8 702 111 22 33')).toContain('pretext.meter');
    expect(codes('Vash schjot zablokirovan, perezvonite 8 702 111 22 33')).toContain('pretext.account_blocked');
  });

  it('reads a soft or hard sign typed as an apostrophe, which splits the word', () => {
    expect(codes("Po vashej karte zafiksirovana podozritel'naya operaciya. Perezvonite 87021112233")).toContain('pretext.suspicious_tx');
    expect(codes('Po vashej karte zafiksirovana podozritelnaya operaciya. Perezvonite 87021112233')).toContain('pretext.suspicious_tx');
  });
});

describe('a Russian loanword in an English text', () => {
  it('is left to the English phrases', () => {
    expect(codes('Your car policy expires on 10 Dec, renew it in the app')).not.toContain('org.police');
    expect(codes('You have signed in using biometric authentication')).not.toContain('pretext.contract_expiring');
    expect(analyzer.analyze({ text: 'Your parcel could not be delivered, call us back' }).lang).toBe('en');
  });
});

describe('a call or a request verb in Latin Russian told of in the past or the first person', () => {
  it('asks for nothing', () => {
    for (const text of ['Kurer zvonil, skazal privezet posle obeda', 'Perezvonyu tebe vecherom', 'Svyazhus s nimi zavtra', 'Naberu tebya posle raboty']) {
      expect(codes(text)).not.toContain('callback');
      expect(codes(text)).not.toContain('call_verb');
    }
    expect(codes('Ja uzhe oplatila shtraf, vse normal’no')).not.toContain('payment_request');
  });

  it('stays a request with the reader beside it, or in the imperative', () => {
    expect(codes('Vam zvonili iz banka, perezvonite 8 777 123 45 67')).toContain('callback');
    expect(codes('Dial 8 777 123 45 67 now to claim your prize')).toContain('callback');
  });
});

describe('the wording of a text in Latin Russian', () => {
  it('is that of the Russian it spells', () => {
    const r = analyzer.analyze({ text: 'Da, segodnja zabiraju detej iz sadika, spasibo tebe' });
    expect(r.lang).toBe('ru');
    // read as English, "detej" is a word only lures were seen to write
    expect(r.reasons.map((x) => x.code)).not.toContain('wording.lure');
    expect(r.score).toBeLessThan(0.3);
  });
});
