import { describe, expect, it } from 'vitest';
import { reasonCodes, testAnalyzer } from '../../test/helpers/lure.js';
import { kazakhLatinSpellings } from './kk-latin.js';

const analyzer = testAnalyzer();
const codes = (text: string): string[] => reasonCodes(analyzer, text);

describe('Latin spellings of Kazakh', () => {
  it('follow the 2021 alphabet, the Turkic-style letters and plain typing', () => {
    const spellings = kazakhLatinSpellings('қоңырау шалыңыз');
    expect(spellings).toContain('qońyraý shalyńyz');
    expect(spellings).toContain('qoñyrau şalyñyz');
    expect(spellings).toContain('qongyrau shalyngyz');
    expect(spellings).toContain('konyrau shalynyz');
    // ж as the official j, with plain letters otherwise
    expect(kazakhLatinSpellings('жауапкершілік')).toContain('jauapkershilik');
  });

  it('leave what has no Cyrillic letter alone', () => {
    expect(kazakhLatinSpellings('=kaspi')).toEqual([]);
  });
});

describe('a lure typed in Latin Kazakh', () => {
  it('is read as the call-back it asks for, in each spelling', () => {
    expect(codes('CDEK: kurer sizge habarlasa almady. Qaıta qońyraý shalyńyz +7 700 601 44 27')).toContain('callback');
    expect(codes('Resimdeu ushin menedzherge qongyrau shalynyz: 8 747 330 16 92')).toContain('callback');
    expect(codes('Uaqytty kelisu ushin 8 747 811 20 39 nomirine qoñyrau şalyñyz')).toContain('callback');
  });

  it('carries its pretext', () => {
    expect(codes('Halyk: kartanyz buğattaldy. Buğattan shygaru ushin 8 771 304 55 19 nomirine habarlasynyz.')).toContain('pretext.account_blocked');
    expect(codes('Akimshilik jauapkershilikke tartylmau ushin 8 747 118 25 90 kezekshige habarlasynyz')).toContain('threat');
  });

  it('is told apart from English by its marker words', () => {
    expect(analyzer.analyze({ text: 'Qurmetti abonent! Sizdiń nómirińiz 24 saǵat ishinde óshiriledi, sizge qajet bolsa habarlasyńyz' }).lang).toBe('kk');
  });
});

describe('a Kazakh loanword Russian shares', () => {
  it('is no Kazakh phrase in an English text', () => {
    expect(codes('Your operator reminds you: top up before the 5th')).not.toContain('org.operator');
  });
});
