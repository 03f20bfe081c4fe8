// Reported words: a message that quotes another one ("Мне пришло: «…позвоните 8 708…». Это развод, не звоните!",
// "Got this today: '…call 8 708…' I checked, no such parcel") passes its words on; it does not ask the reader for
// anything. A quotation is reported speech only when the writer's own words follow it: a voice message's
// transcript or a forwarded notice in quotes with nothing after it is the message itself, and is read as such.
// Short quotes are names ("ТОО «Алматы Су»", 'the "Kaspi Gold" card'), not messages.

/** Characters inside the quotes for them to hold a message rather than a name or a term. */
const MIN_INSIDE = 20;
/** Letters of the writer's own after the closing quote for the quote to be reported speech. */
const MIN_LETTERS_AFTER = 8;

const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/u.test(c);

/** The closing quote for the opening quote `open` at `at`, or -1. */
function closing(text: string, open: string, at: number): number {
  if (open === '«') return text.indexOf('»', at + 1);
  if (open === '„') {
    const a = text.indexOf('“', at + 1);
    const b = text.indexOf('”', at + 1);
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }
  if (open === '“') return text.indexOf('”', at + 1);
  // Straight quotes and apostrophes close where a word ends on them: not inside a word ("don't", "Қазақстан'да").
  const ends = open === '"' ? '"' : "'’";
  for (let i = at + 1; i < text.length; i++) {
    if (ends.includes(text[i]!) && !isSpace(text[i - 1]) && !isLetter(text[i + 1])) return i;
  }
  return -1;
}

function lettersIn(text: string, from: number): number {
  let n = 0;
  for (let i = from; i < text.length && n < MIN_LETTERS_AFTER; i++) if (isLetter(text[i])) n++;
  return n;
}

/** Spans [from, to) of the quotations the writer reports, in text order; inside the quote marks. */
export function reportedQuotes(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '«' && c !== '„' && c !== '“' && c !== '"' && c !== "'" && c !== '‘') continue;
    // A straight quote or an apostrophe opens only before a word, not after a letter ("don't").
    if ((c === '"' || c === "'" || c === '‘') && (isLetter(text[i - 1]) || isSpace(text[i + 1]))) continue;
    const end = closing(text, c === '‘' ? "'" : c, i);
    if (end < 0) continue;
    if (end - i - 1 >= MIN_INSIDE && lettersIn(text, end + 1) >= MIN_LETTERS_AFTER) out.push([i + 1, end]);
    // Quotes inside a quotation are part of it.
    i = end;
  }
  return out;
}

/** Whether [from, to) lies inside one of the spans. */
export function insideAny(spans: readonly [number, number][], from: number, to: number): boolean {
  for (const [a, b] of spans) if (from >= a && to <= b) return true;
  return false;
}
