import { describe, expect, it } from 'vitest';
import { Highlighted, segments } from './highlight.js';

describe('segments', () => {
  it('splits the text into plain and marked parts in order', () => {
    expect(segments('call 102 now', [{ span: [0, 4], code: 'callback' }])).toEqual([
      { text: 'call', codes: ['callback'] },
      { text: ' 102 now', codes: [] },
    ]);
  });

  it('merges overlapping spans and drops empty or out-of-range ones', () => {
    const s = segments('abcdefgh', [
      { span: [2, 5], code: 'a' },
      { span: [4, 7], code: 'b' },
      { span: [0, 0], code: 'sender' },
      { span: [6, 99], code: 'bad' },
    ]);
    expect(s).toEqual([
      { text: 'ab', codes: [] },
      { text: 'cdefg', codes: ['a', 'b'] },
      { text: 'h', codes: [] },
    ]);
    expect(s.map((x) => x.text).join('')).toBe('abcdefgh');
  });

  it('renders the message as text, never as markup', async () => {
    const html = await Highlighted({ text: '<img src=x onerror=alert(1)> перезвоните', spans: [{ span: [29, 40], code: 'callback' }] });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
    expect(html).toContain('<mark data-codes="callback">перезвоните</mark>');
  });
});
