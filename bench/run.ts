// `npm run bench [-- NAME]`: runs every bench/*.bench.ts, or those whose name contains NAME.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Bench } from './harness.js';
import { formatFigure } from './harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv.slice(2).find((a) => !a.startsWith('-'))?.toLowerCase();

const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort();
let ran = 0;
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: Bench };
  const bench = mod.default;
  if (filter && !bench.name.toLowerCase().includes(filter) && !file.toLowerCase().includes(filter)) continue;
  ran++;
  process.stderr.write(`# ${bench.name} (${file})\n`);
  for (const figure of await bench.run()) console.log(formatFigure(figure));
}
if (ran === 0) {
  console.error(`no benchmark matches "${filter ?? ''}"; available: ${files.join(', ')}`);
  process.exitCode = 1;
}
