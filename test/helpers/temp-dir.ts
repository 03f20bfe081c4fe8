// Temporary directories that tests remove when they end, so that runs leave nothing behind in /tmp.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/** A new directory under the system's temporary directory (not removed by itself). */
export function makeTempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `saqbol-${prefix}-`));
  return { dir, remove: () => { rmSync(dir, { recursive: true, force: true }); } };
}

/** A new directory removed when the running test finishes, whether it passed or not. */
export function testDir(prefix: string): string {
  const { dir, remove } = makeTempDir(prefix);
  onTestFinished(remove);
  return dir;
}
