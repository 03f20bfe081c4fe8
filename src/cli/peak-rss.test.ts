import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { peakRssBytes } from './peak-rss.js';

describe('peakRssBytes', () => {
  it('is at least the current RSS and grows when memory is touched', () => {
    const before = peakRssBytes();
    expect(before).toBeGreaterThanOrEqual(process.memoryUsage.rss() * 0.5);
    const block = Buffer.alloc(64 << 20, 1);
    expect(peakRssBytes()).toBeGreaterThanOrEqual(before + (32 << 20));
    expect(block[block.length - 1]).toBe(1);
  });

  it.runIf(process.platform === 'linux')("does not report a parent's peak in a fresh child", () => {
    const ballast = Buffer.alloc(256 << 20, 1);
    const code = `import('${new URL('./peak-rss.ts', import.meta.url).pathname}').then((m) => console.log(m.peakRssBytes()))`;
    const child = Number(execFileSync(process.execPath, ['--import', 'tsx', '-e', code], { encoding: 'utf8' }).trim());
    expect(child).toBeLessThan(200 << 20);
    expect(ballast[0]).toBe(1);
  });
});
