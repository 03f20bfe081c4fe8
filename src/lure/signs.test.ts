import { describe, expect, it } from 'vitest';
import { lexicon, reasonCodes, testAnalyzer } from '../../test/helpers/lure.js';
import { buildCharTable } from './char-table.js';
import { Tokenizer } from './tokenize.js';

const tokenizer = new Tokenizer(buildCharTable(lexicon.normalize));
const analyzer = testAnalyzer();
const codes = (text: string): string[] => reasonCodes(analyzer, text);
const spans = (text: string): string[] => {
  const t = tokenizer.run(text);
  return Array.from({ length: t.count }, (_, i) => text.slice(t.origStart[i], t.origEnd[i]));
};

describe('signs written for letters', () => {
  it('reads "@" and "$" inside a word as the letters they stand for', () => {
    expect(codes('Your B@nk account is on hold, c@ll +1 855 300 1122 now')).toEqual(expect.arrayContaining(['callback', 'org.bank']));
    expect(codes('Ваша к@рта заблокирована, перезвоните 8 705 111 22 33')).toContain('pretext.account_blocked');
    expect(codes('Your Ka$pi account is locked, call +7 705 111 22 33')).toContain('org.bank');
    expect(spans('c@ll B@nk')).toEqual(['c@ll', 'B@nk']);
  });

  it('keeps an address, a handle and a price apart: a sign there is no letter', () => {
    expect(spans('support@kaspi.kz')).toEqual(['support', 'kaspi', 'kz']);
    expect(spans('пишите @kaspi_help')).toEqual(['пишите', 'kaspi', 'help']);
    expect(spans('$5 fee')).toEqual(['5', 'fee']);
    const t = tokenizer.run('c@ll 8 705');
    expect(t.digits).toBe(4);
  });
});
