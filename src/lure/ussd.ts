// USSD codes written in a message. An operator's menu ("Проверить баланс: *102#", "Отключить: *110*22#") is the
// way to the operator's own service, as its app is. A code that carries a phone number ("*21*87011234567#") sets up
// call forwarding to it: the reader's calls, and the codes banks read out by phone, go to whoever wrote it.

/** Star, one to four digits, more such groups, hash; a group of seven digits or more is a phone number. */
const USSD = /(?<![\d*#])\*\d{1,4}(?:\*\d{1,4})*#/;

/** Star(s), a service code, star, a phone number (a plus and seven digits or more), hash. */
const FORWARDING = /\*{1,2}\d{2,3}\*\+?\d{7,15}#/;

/** Star, a service code, star, a phone number, star, an amount, hash: the operator's transfer of balance to that number. */
const TRANSFER = /\*\d{2,4}\*\+?\d{10,12}\*\d{2,6}#/;

/** The span of the first balance-transfer code in the text ("*145*87015561234*2000#"), if any. */
export function balanceTransfer(text: string): [number, number] | undefined {
  return spanOf(TRANSFER, text);
}

/** The span of the first USSD menu code in the text, if any (callers look for a '#' first: most texts have none). */
export function ussdMenu(text: string): [number, number] | undefined {
  return spanOf(USSD, text);
}

/** The span of the first call-forwarding code in the text, if any. */
export function forwardingCode(text: string): [number, number] | undefined {
  return spanOf(FORWARDING, text);
}

function spanOf(pattern: RegExp, text: string): [number, number] | undefined {
  const m = pattern.exec(text);
  return m === null ? undefined : [m.index, m.index + m[0].length];
}
