// "Your number 8 701…" / "8 701… нөміріңіз": a number the message names as the reader's own line, which the
// message is about rather than asks to call; "Абонент 8 701…" / "8 701… абоненті": a subscriber's line an operator
// relays a call from. Pure: reads only the text and the phrase positions passed in.

/** Most characters between "your number" and the number it names (spaces, a colon, "№"). */
const READER_REACH = 4;

/** Whether a phrase naming whose line it is ("your number", start, end pairs) stands right before or right after the number's span. */
export function namesLineOwner(text: string, at: readonly number[], span: readonly [number, number]): boolean {
  for (let i = 0; i < at.length; i += 2) {
    const before = span[0] - at[i + 1]!;
    const after = at[i]! - span[1];
    if (before >= 0 && before <= READER_REACH && !hasLetter(text, at[i + 1]!, span[0])) return true;
    if (after >= 0 && after <= READER_REACH && !hasLetter(text, span[1], at[i]!)) return true;
  }
  return false;
}

/** Any letter or digit in text[from, to). */
function hasLetter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0x400 && c <= 0x4ff)) return true;
  }
  return false;
}
