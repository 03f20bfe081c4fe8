// `npm run bench [-- NAME]`: runs every bench/*.bench.ts, or those whose file name contains NAME.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Bench } from './harness.js';
import { formatFigure } from './harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv.slice(2).find((a) => !a.startsWith('-'))?.toLowerCase();

// A bench is named after its file, so a filter is applied before anything is imported: a module
// that is loaded and not run (a server, a classifier's dictionaries) would still be heap that every
// later measurement's garbage collector has to mark.
const all = readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort();
const files = filter ? all.filter((f) => f.toLowerCase().includes(filter)) : all;
let ran = 0;
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: Bench };
  const bench = mod.default;
  ran++;
  process.stderr.write(`# ${bench.name} (${file})\n`);
  for (const figure of await bench.run()) console.log(formatFigure(figure));
}
if (ran === 0) {
  console.error(`no benchmark matches "${filter ?? ''}"; available: ${all.join(', ')}`);
  process.exitCode = 1;
}
