// channel.none: a message from a named sender that gives no number, link or address and opens no other way to its
// writer leads only to the organization's own lines, which the reader knows ("Ваше заявление на возврат исполнено",
// "your refund has been processed"). Whatever it says, nothing in it takes the reader to a stranger.
import type { Hit } from './hits.js';
import { countDigits } from './nearby.js';
import type { Tokens } from './tokenize.js';

/** Digits a phone number has at least (ten national digits): a text with fewer holds none, even written in pieces. */
const PHONE_DIGITS = 10;

/**
 * Reason families that open a way to the writer without a number or a link: "this number" (one the text lost), a reply,
 * a messenger, a call to wait for, a code to give whoever calls, a remote-access app, personal data, a "service line".
 */
export const WAYS = ['contact_hint', 'reply_request', 'messenger_move', 'topic.inbound', 'code_request', 'remote_access', 'personal_data', 'service_line'];

/**
 * Whether a message in which the analyzer found no link, no number and no number spelled out leads nowhere: a named
 * sender, digits too few for a number written in pieces, no letters spaced out to slip past filters (they may hide a
 * number the extractor cannot read), no address, and no hit that opens another way (`opensWay`, per code, of WAYS).
 */
export function leadsNowhere(text: string, sender: string | undefined, tokens: Tokens, hits: readonly Hit[], opensWay: readonly boolean[]): boolean {
  return (
    tokens.digits < PHONE_DIGITS &&
    namedSender(sender) &&
    !spacedOut(tokens) &&
    !text.includes('@') &&
    !hits.some((h) => opensWay[h.code] === true)
  );
}

/** Whether a word of the text was joined from letters spaced out ("Қ о ң ы р а у"). */
function spacedOut(tokens: Tokens): boolean {
  for (let i = 0; i < tokens.count; i++) if (tokens.spaced[i] === 1) return true;
  return false;
}

/** A sender id that is a name ("eGov", "AirAstana", an e-mail address), not a phone number. */
function namedSender(sender: string | undefined): boolean {
  return sender !== undefined && countDigits(sender) < 7 && /\p{L}/u.test(sender);
}
