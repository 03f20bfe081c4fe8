import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { explain } from '../../lure/explain.js';
import { lexicon, testAnalyzer } from '../../../test/helpers/lure.js';
import { checkJsonl, explainLang, formatCheck, highlight } from './check.js';

const analyzer = testAnalyzer();

describe('saqbol check', () => {
  it('highlights the matched words, merging overlaps', () => {
    expect(highlight('abc def ghi', [[4, 7], [0, 3], [5, 6]], false)).toBe('[abc] [def] ghi');
    expect(highlight('abc', [[0, 3]], true)).toContain('\u001b[1;4;31mabc\u001b[0m');
  });

  it('prints the verdict, the reasons with their words and the advice in the chosen language', () => {
    const text = 'Ваша карта заблокирована. Перезвоните 8 747 201 33 90';
    const out = formatCheck(text, explain(analyzer.analyze({ text }), lexicon, 'en'), 'en', false);
    expect(out).toContain('DANGER');
    expect(out).toContain('[Перезвоните]');
    expect(out).toContain('«Перезвоните» — The message asks you to call back');
    expect(out).toContain('+7 747 201 33 90 — not an official number');
    expect(out).toContain('Do not call the number in the message');
    expect(formatCheck(text, explain(analyzer.analyze({ text }), lexicon, 'kk'), 'kk', false)).toContain('ҚАУІПТІ');
  });

  it('explains in the message’s language unless told otherwise', () => {
    expect(explainLang(undefined, 'kk')).toBe('kk');
    expect(explainLang(undefined, 'mixed')).toBe('ru');
    expect(explainLang('en', 'kk')).toBe('en');
  });

  it('checks JSON lines in order, keeping other fields, and marks bad lines in place', async () => {
    const input = Readable.from([
      '{"id": 1, "text": "Ваша карта заблокирована. Перезвоните 8 747 201 33 90"}\n',
      'not json\n',
      '{"id": 3, "text": "Код 4821. Никому не сообщайте.", "sender": "Kaspi.kz"}\n',
      '{"id": 4}\n',
    ]);
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on('data', (c: Buffer) => chunks.push(c.toString()));
    const stats = await checkJsonl(analyzer, input, out, { lang: 'ru' });
    const lines = chunks.join('').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(stats).toEqual({ lines: 4, errors: 2 });
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ id: 1, verdict: 'danger' });
    expect(lines[1]).toMatchObject({ line: 2, error: 'not a JSON object' });
    expect(lines[2]).toMatchObject({ id: 3, sender: 'Kaspi.kz', verdict: 'no_signs' });
    expect(lines[3]).toMatchObject({ line: 4, error: 'no "text" string field' });
  });
});
