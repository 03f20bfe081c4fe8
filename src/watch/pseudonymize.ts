// Keyed pseudonyms for subscribers (callers, SMS recipients): HMAC-SHA256 of the canonical number,
// so the detector's state and output hold no subscriber number in clear while the same subscriber
// keeps the same identity across events. Flagged numbers are never pseudonymized.
import { createHmac } from 'node:crypto';
import { canonicalNumber } from './hash.js';

export type Pseudonymizer = (subscriber: string) => string;

export function pseudonymizer(key: string, cacheSize = 1 << 20): Pseudonymizer {
  if (key.length < 8) throw new RangeError('the pseudonymization key must have at least 8 characters');
  const cache = new Map<string, string>();
  return (subscriber) => {
    const hit = cache.get(subscriber);
    if (hit !== undefined) return hit;
    const p = `p:${createHmac('sha256', key).update(canonicalNumber(subscriber)).digest('base64url').slice(0, 16)}`;
    if (cache.size >= cacheSize) cache.clear();
    cache.set(subscriber, p);
    return p;
  };
}
