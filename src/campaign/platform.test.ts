import { describe, expect, it } from 'vitest';
import { hostOf, parseLink, recognizePlatform } from './platform.js';

const ctx = { siteHosts: [hostOf('https://www.kitap-sko.example/')!], newsHosts: ['tengrinews.kz', 'sk-news.kz'] };
const of = (s: string): string => recognizePlatform(parseLink(s)!, ctx);

describe('platform recognition', () => {
  it('recognises every platform from the URL', () => {
    expect(of('https://kitap-sko.example/news/123')).toBe('site');
    expect(of('https://news.kitap-sko.example/a')).toBe('site');
    expect(of('https://www.gov.kz/memleket/entities/sko-madeniet/press/news/details/1')).toBe('govkz');
    expect(of('https://www.instagram.com/p/Cx1/')).toBe('instagram');
    expect(of('https://m.facebook.com/story.php?id=1')).toBe('facebook');
    expect(of('https://fb.watch/abc/')).toBe('facebook');
    expect(of('https://t.me/sko_culture/415')).toBe('telegram');
    expect(of('https://vk.com/wall-1_2')).toBe('vk');
    expect(of('https://youtu.be/xyz')).toBe('youtube');
    expect(of('https://www.tiktok.com/@a/video/1')).toBe('tiktok');
    expect(of('https://twitter.com/a/status/1')).toBe('x');
    expect(of('https://x.com/a/status/1')).toBe('x');
    expect(of('https://www.threads.net/@a/post/1')).toBe('threads');
    expect(of('https://tengrinews.kz/kazakhstan_news/1/')).toBe('news');
    expect(of('https://example.org/x')).toBe('other');
  });

  it('does not take look-alike hosts for the real platform', () => {
    expect(of('https://instagram.com.evil.example/p/1')).toBe('other');
    expect(of('https://nottelegram.me/x')).toBe('other');
    expect(of('https://fakegov.kz/x')).toBe('other');
  });

  it('accepts links without a scheme and refuses non-web ones', () => {
    expect(parseLink('t.me/x/1')?.href).toBe('https://t.me/x/1');
    expect(parseLink('javascript:alert(1)')).toBeUndefined();
    expect(parseLink('ftp://a.example/x')).toBeUndefined();
    expect(parseLink('https://user:pw@a.example/')).toBeUndefined();
    expect(parseLink('not a link')).toBeUndefined();
    expect(parseLink('https://localhost/')).toBeUndefined();
    expect(parseLink('https://a.example/x#frag')?.href).toBe('https://a.example/x');
  });
});
