// `npx tsx scripts/gen-plus-seven.ts`: writes src/phones/plus-seven-table.ts, the class (kind and country) of every
// +7 number prefix as libphonenumber-js's metadata gives it. Run it after libphonenumber-js is updated, when
// plus-seven-table.test.ts says the table no longer matches.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { plusSevenTable } from '../src/phones/plus-seven-gen.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'node_modules/libphonenumber-js/package.json'), 'utf8')) as { version: string };
const { classes, runs } = plusSevenTable();
const file = join(root, 'src/phones/plus-seven-table.ts');
writeFileSync(
  file,
  `// Made by scripts/gen-plus-seven.ts from libphonenumber-js ${version}: the class of every +7 prefix (normalize.ts).\n` +
    `export const PLUS_SEVEN_CLASSES: readonly string[] = ${JSON.stringify(classes)};\n` +
    `export const PLUS_SEVEN_RUNS: readonly string[] = [\n${runs.map((r) => `  '${r}',\n`).join('')}];\n`,
);
console.log(`${file}: ${classes.length} classes, ${runs.reduce((n, r) => n + r.length, 0)} characters of runs`);
