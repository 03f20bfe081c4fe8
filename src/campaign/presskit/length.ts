// Platform length limits, counted the way each platform counts.
import type { Platform } from './types.js';

/**
 * Limits per platform. Telegram caps a message at 4096 UTF-16 code units, Instagram a caption at 2200
 * characters, Facebook a post at 63 206, Threads at 500, X at 280 weighted characters. The SMS/WhatsApp
 * text is held to three concatenated UCS-2 segments (3 × 67): Kazakh and Russian letters are not in the
 * GSM-7 alphabet, so every part of the SMS carries 67 characters.
 */
export const LIMITS: Record<Platform, number | null> = {
  telegram: 4096,
  instagram: 2200,
  facebook: 63206,
  x: 280,
  threads: 500,
  sms: 201,
};

/** X shortens every link to t.co, so a URL counts as 23 characters whatever its length. */
export const X_URL_LENGTH = 23;

const URL_RE = /https?:\/\/[^\s]+/g;

// twitter-text v3: code points in these ranges weigh 1, everything else (CJK, emoji, symbols) weighs 2.
const LIGHT: [number, number][] = [
  [0x0000, 0x10ff],
  [0x2000, 0x200d],
  [0x2010, 0x201f],
  [0x2032, 0x2037],
];

/**
 * The X weighted length. An emoji written as several code points (⚠️ is U+26A0 U+FE0F) is counted per
 * code point here, where X counts the whole sequence as 2: the count can only come out higher than
 * X's, never lower, so a text that passes here passes there.
 */
export function xLength(text: string): number {
  let n = 0;
  const rest = text.replace(URL_RE, () => {
    n += X_URL_LENGTH;
    return '';
  });
  for (const ch of rest) {
    const cp = ch.codePointAt(0)!;
    n += LIGHT.some(([a, b]) => cp >= a && cp <= b) ? 1 : 2;
  }
  return n;
}

/**
 * Length as the platform counts it. Besides X, this is UTF-16 code units (`String.length`): exactly
 * Telegram's and UCS-2 SMS's unit, and never less than the character count the others use.
 */
export function platformLength(platform: Platform, text: string): number {
  return platform === 'x' ? xLength(text) : text.length;
}
