// Where the package's own files are, whether running from src/ (tsx, tests) or dist/ (built).
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(resolve(dir, 'package.json')) && existsSync(resolve(dir, 'data'))) return dir;
    const up = dirname(dir);
    if (up === dir) return resolve(start, '..');
    dir = up;
  }
}

export const PACKAGE_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
export const DATA_DIR = resolve(PACKAGE_ROOT, 'data');
export const PUBLIC_DIR = resolve(PACKAGE_ROOT, 'src/server/public');
