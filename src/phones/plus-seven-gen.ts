// Makes the +7 prefix table (plus-seven-table.ts) from libphonenumber: one parse per prefix, country and written
// form. Used by scripts/gen-plus-seven.ts to write it and by plus-seven-table.test.ts to see it is still right.
import { PREFIX_SLOTS, WRITTEN_PREFIX, className, slotNational } from './plus-seven-classes.js';
import type { PrefixClass } from './plus-seven-classes.js';
import { parseDigits, plusSevenDisplay } from './normalize.js';

/**
 * Asks libphonenumber about one number of the prefix. Only results of the shape the fast path builds
 * (key "+7" + the 10 national digits) are kept; anything else stays with libphonenumber.
 */
function classifyPrefix(digits: string, national: string, defaultCountry: string): PrefixClass | null {
  const found = parseDigits(digits, defaultCountry);
  if (found?.key !== `+7${national}` || found.display !== plusSevenDisplay(national, 0)) return null;
  return { kind: found.kind, country: found.country };
}

/**
 * The table of every +7 prefix's class: the class names, and per variant (country * FORMS + form) its slots' class
 * indexes run-length coded as a letter (a = 0) and a count when more than one.
 */
export function plusSevenTable(): { classes: string[]; runs: string[] } {
  const classes: string[] = [];
  const runs: string[] = [];
  for (const country of ['KZ', 'RU']) {
    for (const written of WRITTEN_PREFIX) {
      let out = '';
      let last = -1;
      let count = 0;
      const flush = (): void => {
        if (count > 0) out += String.fromCharCode(0x61 + last) + (count > 1 ? String(count) : '');
      };
      for (let slot = 0; slot < PREFIX_SLOTS; slot++) {
        const national = slotNational(slot);
        const name = className(classifyPrefix(`${written}${national}`, national, country));
        let index = classes.indexOf(name);
        if (index < 0) index = classes.push(name) - 1;
        if (index === last) count++;
        else {
          flush();
          last = index;
          count = 1;
        }
      }
      flush();
      runs.push(out);
    }
  }
  return { classes, runs };
}
