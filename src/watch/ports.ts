// What the detector needs from outside, injected so the core stays pure: how to read a text (numbers it
// mentions, lure score) and which numbers and sender ids are official.

export interface TextReading {
  /** Normalized keys of the numbers the text mentions. */
  mentioned: string[];
  /** Lure score 0..1, or NaN when no scorer is available. */
  lure: number;
  /**
   * The text asks to call back the number it came from ("перезвоните на этот номер", "осы нөмірге хабарласыңыз")
   * and names no other: the sender of such a message is the number it mentions.
   */
  callsSender?: boolean;
}

export type ReadText = (text: string) => TextReading;

export interface OfficialDirectory {
  /** The organization a number officially belongs to, if any. */
  orgOfNumber(key: string): string | undefined;
  /** The organization an alphanumeric sender id belongs to, if any. */
  orgOfSender(senderId: string): string | undefined;
}

export const NO_DIRECTORY: OfficialDirectory = {
  orgOfNumber: () => undefined,
  orgOfSender: () => undefined,
};
