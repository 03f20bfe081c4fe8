// Working hours written in a message ("пн–пт 9:00–18:00", "с 9 до 18", "дс-жм 09.00-18.00", "Mon-Fri 9:00-18:00"):
// offices, clinics and collectors say when they answer; a lure wants the call now.
// A scan over the digits rather than a regular expression: most messages hold a colon ("Kaspi: …"), and an
// unanchored pattern with alternatives cost every such message more than the rest of its analysis in this file's place.

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (c: number): boolean => c === 32 || c === 0xa0 || c === 9;
const isDash = (c: number): boolean => c === 45 || c === 0x2013 || c === 0x2014;

// The hour and minutes (-1 without) of the last time clockAt read: module state, so the scan allocates nothing.
let hour = 0;
let minutes = -1;

/**
 * The end of a clock time at `at` (one or two digits, then ":mm" or ".mm", a dot only before 00 or 30: "10.12" is a
 * date), its hour and minutes left in `hour` and `minutes`; -1 when there is none.
 */
function clockAt(text: string, at: number): number {
  if (!isDigit(text.charCodeAt(at))) return -1;
  let i = at + 1;
  if (isDigit(text.charCodeAt(i))) i++;
  if (isDigit(text.charCodeAt(i))) return -1;
  hour = i - at === 2 ? (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48 : text.charCodeAt(at) - 48;
  minutes = -1;
  const sep = text.charCodeAt(i);
  if ((sep === 58 || sep === 46) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && !isDigit(text.charCodeAt(i + 3))) {
    const mm = (text.charCodeAt(i + 1) - 48) * 10 + text.charCodeAt(i + 2) - 48;
    if (sep === 46 && mm !== 0 && mm !== 30) return -1;
    if (mm > 59) return -1;
    const after = text.charCodeAt(i + 3);
    // "9:00:15" or "9.00.2025" is something else
    if (after === 58 || (after === 46 && isDigit(text.charCodeAt(i + 4)))) return -1;
    minutes = mm;
    return i + 3;
  }
  return i;
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** After a first time: a dash, or the word "до"/"to" (a Kazakh "-ден" may follow the first time). Returns [next index, was a word]. */
function separatorAt(text: string, i: number): [number, boolean] | undefined {
  const c = text.charCodeAt(i);
  if (isDash(c)) {
    // Kazakh ablative after the first time: -ден, -тен, -дан, -тан
    const a = text.charCodeAt(i + 1);
    const b = text.charCodeAt(i + 2);
    if ((a === 0x434 || a === 0x442) && (b === 0x435 || b === 0x430) && text.charCodeAt(i + 3) === 0x43d) return [i + 4, true];
    return [i + 1, false];
  }
  const d = text.charCodeAt(i + 1);
  // "до" / "to", in any case, followed by a space
  const word = ((c === 0x434 || c === 0x414) && (d === 0x43e || d === 0x41e)) || ((c === 116 || c === 84) && (d === 111 || d === 79));
  return word && isSpace(text.charCodeAt(i + 2)) ? [i + 2, true] : undefined;
}

/** Where the text's numbers start: the tokenizer's words of digits (script 0), when the caller has them. */
export interface NumberWords {
  count: number;
  script: Uint8Array;
  origStart: Int32Array;
}

/** The span of the first working-hours range in the text, if any; with the text's words, only their numbers are looked at. */
export function officeHours(text: string, words?: NumberWords): [number, number] | undefined {
  if (words !== undefined) {
    for (let w = 0; w < words.count; w++) {
      if (words.script[w] !== 0) continue;
      const found = rangeAt(text, words.origStart[w]!);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  for (let at = 0; at < text.length; at++) {
    const found = rangeAt(text, at);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The working-hours range whose first time starts at `at`, if any. */
function rangeAt(text: string, at: number): [number, number] | undefined {
  const prev = at > 0 ? text.charCodeAt(at - 1) : 32;
  if (isDigit(prev) || prev === 58 || prev === 46) return undefined;
  const firstEnd = clockAt(text, at);
  if (firstEnd < 0) return undefined;
  const from = hour;
  const fromMinutes = minutes;
  const sep = separatorAt(text, skipSpaces(text, firstEnd));
  if (sep === undefined) return undefined;
  const end = clockAt(text, skipSpaces(text, sep[0]));
  if (end < 0) return undefined;
  const next = text.charCodeAt(end);
  if (isDigit(next) || (next === 46 && isDigit(text.charCodeAt(end + 1)))) return undefined;
  // a plain range carries minutes on both ends ("9:00-18:00"); "с 9 до 18" says its words
  if (!sep[1] && (fromMinutes < 0 || minutes < 0)) return undefined;
  let to = hour;
  // "from 9 to 6": an afternoon written on a twelve-hour clock
  if (to <= from && to < 12) to += 12;
  if (from < 6 || from > 12 || to <= from || to > 23 || to - from < 3) return undefined;
  return [startOf(text, at), end];
}

/** The range starts at its "с"/"from" when one is written before it. */
function startOf(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  if (i < at - 1) {
    const low = text.slice(Math.max(0, i - 3), i + 1).toLowerCase();
    if (low.endsWith('from') && (i < 4 || !/\p{L}/u.test(text.charAt(i - 4)))) return i - 3;
    if (low.endsWith('с') && (i < 1 || !/\p{L}/u.test(text.charAt(i - 1)))) return i;
  }
  return at;
}
