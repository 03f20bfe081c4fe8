// An operator's USSD menu written in a message ("Проверить баланс: *102#", "Отключить: *110*22#"): the way to
// the operator's own service, as its app is. A code that carries a phone number ("*21*87011234567#" forwards the
// reader's calls to it) is no such menu and is left alone.

/** Star, one to four digits, more such groups, hash; a group of seven digits or more is a phone number. */
const USSD = /(?<![\d*#])\*\d{1,4}(?:\*\d{1,4})*#/;

/** The span of the first USSD menu code in the text, if any. */
export function ussdMenu(text: string): [number, number] | undefined {
  if (!text.includes('#')) return undefined;
  const m = USSD.exec(text);
  return m === null ? undefined : [m.index, m.index + m[0].length];
}
