// Turns events (objects, or fields straight from file bytes) into integer-keyed rows for the
// detector. Texts of a mass campaign repeat, so what a text mentions and its lure score are cached
// per text hash; sender facts are cached per sender. The caches are keyed by both hash lanes in
// typed-array tables, so a hit allocates nothing.
import type { SmsEvent, WatchEvent } from './events.js';
import { H, canonicalNumber, hashBytes, hashNumber, hashNumberBytes, hashString, isNumericSender, isNumericSenderString, keyOfLanes, mix32 } from './hash.js';
import { EventRows } from './event-rows.js';
import { LaneTable } from './lane-table.js';
import type { OfficialDirectory, ReadText } from './ports.js';
import type { Pseudonymizer } from './pseudonymize.js';

export interface Mention {
  key: string;
  id: number;
  h1: number;
  h2: number;
}

export interface SenderInfo {
  /** 32-bit hash for distinct counting. */
  h: number;
  numeric: boolean;
  org: string | undefined;
  /** Subscriber identity lanes of a phone-number sender (outgoing history). */
  o1: number;
  o2: number;
}

export interface TextInfo {
  mentions: Mention[];
  lure: number;
  /** The text asks to call back its sender (see TextReading.callsSender): a phone-number sender is mentioned too. */
  callsSender: boolean;
  /** The last mention is the number that sent this very message (set per event by withSender). */
  sentByLast: boolean;
}

export const NO_TEXT: TextInfo = { mentions: [], lure: Number.NaN, callsSender: false, sentByLast: false };

/** Senders whose facts are cached at most. */
const SENDER_CACHE = 1 << 16;

/** A cache of objects under a lane-pair key, emptied when full (campaign texts come back soon enough). */
class LaneCache<T> {
  private readonly table: LaneTable;
  private items: T[] = [];

  constructor(private readonly max: number) {
    this.table = new LaneTable(Math.min(max, 1 << 10));
  }

  get(h1: number, h2: number): T | undefined {
    const i = this.table.get(h1, h2);
    return i >= 0 ? this.items[i] : undefined;
  }

  set(h1: number, h2: number, item: T): T {
    if (this.items.length >= this.max) {
      this.table.clear();
      this.items = [];
    }
    this.table.set(h1, h2, this.items.push(item) - 1);
    return item;
  }
}

export class Preparer {
  readonly rows = new EventRows(1 << 14);
  private readonly texts: LaneCache<TextInfo>;
  private readonly senders: LaneCache<SenderInfo>;
  private readonly mentions = new Map<string, Mention>();
  private readonly mentionLists: LaneCache<TextInfo>;
  textHits = 0;
  textMisses = 0;

  constructor(
    private readonly readText: ReadText,
    private readonly directory: OfficialDirectory,
    private readonly pseudo: Pseudonymizer | undefined,
    private readonly cacheSize: number,
  ) {
    this.texts = new LaneCache(Math.max(1, cacheSize));
    // a sender's facts are cheap to work out again, and phone-number senders are many
    this.senders = new LaneCache(Math.max(1, Math.min(cacheSize, SENDER_CACHE)));
    this.mentionLists = new LaneCache(Math.max(1, cacheSize));
  }

  get keyed(): boolean {
    return this.pseudo !== undefined;
  }

  /** Subscriber identity lanes of a number as written, into H. */
  subscriber(raw: string): void {
    if (this.pseudo) hashString(this.pseudo(raw));
    // a value with nothing of a number in it ("+") is known by its characters, not by a stale H
    else if (!hashNumber(raw)) hashString(raw);
  }

  subscriberBytes(buf: Buffer, start: number, end: number): void {
    if (this.pseudo) hashString(this.pseudo(buf.toString('latin1', start, end)));
    else if (!hashNumberBytes(buf, start, end)) hashBytes(buf, start, end);
  }

  mention(written: string): Mention {
    let m = this.mentions.get(written);
    if (m) return m;
    hashNumber(written);
    m = { key: canonicalNumber(written), id: keyOfLanes(H[0]!, H[1]!), h1: H[0]!, h2: H[1]! };
    if (this.mentions.size >= this.cacheSize) this.mentions.clear();
    this.mentions.set(written, m);
    return m;
  }

  private read(text: string): TextInfo {
    this.textMisses++;
    const r = this.readText(text);
    if (r.mentioned.length === 0 && Number.isNaN(r.lure)) return NO_TEXT;
    return { mentions: [...new Set(r.mentioned)].map((k) => this.mention(k)), lure: r.lure, callsSender: r.callsSender === true, sentByLast: false };
  }

  text(text: string): TextInfo {
    hashString(text);
    const h1 = H[0]!;
    const h2 = H[1]!;
    const hit = this.texts.get(h1, h2);
    if (hit) {
      this.textHits++;
      return hit;
    }
    return this.texts.set(h1, h2, this.read(text));
  }

  /** A text field of a file; `quoted` 2 means doubled quotes inside to undo. */
  textBytes(buf: Buffer, start: number, end: number, quoted: number): TextInfo {
    hashBytes(buf, start, end);
    const h1 = H[0]!;
    const h2 = H[1]!;
    const hit = this.texts.get(h1, h2);
    if (hit) {
      this.textHits++;
      return hit;
    }
    const raw = buf.toString('utf8', start, end);
    return this.texts.set(h1, h2, this.read(quoted === 2 ? raw.replace(/""/g, '"') : raw));
  }

  /** A `mentioned` CSV field ("a;b"), cached per distinct field like texts. */
  mentionedBytes(buf: Buffer, start: number, end: number): TextInfo {
    hashBytes(buf, start, end);
    const h1 = H[0]!;
    const h2 = H[1]!;
    const hit = this.mentionLists.get(h1, h2);
    if (hit) return hit;
    // ";" is the documented separator; exports also join lists with "|" or "," (in a quoted field)
    return this.mentionLists.set(h1, h2, this.mentioned(buf.toString('latin1', start, end).split(/[;|,]/).filter((k) => k.trim() !== '')));
  }

  mentioned(keys: string[]): TextInfo {
    return keys.length === 0 ? NO_TEXT : { mentions: keys.map((k) => this.mention(k)), lure: Number.NaN, callsSender: false, sentByLast: false };
  }

  /** A text that asks to call back its sender, as sent by the phone number `sender`: the sender is mentioned too. */
  withSender(text: TextInfo, sender: string): TextInfo {
    return { mentions: [...text.mentions, this.mention(sender)], lure: text.lure, callsSender: false, sentByLast: true };
  }

  /** A phone-number sender's facts, refilled for each event (rows copy them at once). */
  private readonly phoneSender: SenderInfo = { h: 0, numeric: true, org: undefined, o1: 0, o2: 0 };

  /** A phone-number sender's facts from its lanes (when not pseudonymized, they are its identity lanes). */
  phone(h1: number, h2: number): SenderInfo {
    // nothing worth caching, nothing to allocate
    const s = this.phoneSender;
    s.h = mix32(h1, h2);
    s.o1 = h1;
    s.o2 = h2;
    return s;
  }

  private newSender(h1: number, h2: number, numeric: boolean, raw: string): SenderInfo {
    let o1 = 0;
    let o2 = 0;
    if (numeric) {
      this.subscriber(raw);
      o1 = H[0]!;
      o2 = H[1]!;
    }
    const info: SenderInfo = { h: mix32(h1, h2), numeric, org: numeric ? undefined : this.directory.orgOfSender(raw.trim().toUpperCase()), o1, o2 };
    return this.senders.set(h1, h2, info);
  }

  sender(raw: string): SenderInfo {
    if (!hashNumber(raw)) hashString(raw);
    const h1 = H[0]!;
    const h2 = H[1]!;
    const hit = this.senders.get(h1, h2);
    if (hit) return hit;
    const numeric = isNumericSenderString(raw);
    return numeric && !this.pseudo ? this.phone(h1, h2) : this.newSender(h1, h2, numeric, raw);
  }

  senderBytes(buf: Buffer, start: number, end: number): SenderInfo {
    if (!hashNumberBytes(buf, start, end)) hashBytes(buf, start, end);
    const h1 = H[0]!;
    const h2 = H[1]!;
    const hit = this.senders.get(h1, h2);
    if (hit) return hit;
    // a phone number needs no string: only what is cached (sender ids, pseudonyms) is read as one
    const numeric = isNumericSender(buf, start, end);
    return numeric && !this.pseudo ? this.phone(h1, h2) : this.newSender(h1, h2, numeric, buf.toString('utf8', start, end));
  }

  /** An event object (from JSONL, NATS or tests) → the sequence number of its row. */
  event(e: WatchEvent): number {
    if (e.type === 'call') {
      this.subscriber(e.from);
      const s1 = H[0]!;
      const s2 = H[1]!;
      hashNumber(e.to);
      return this.rows.callRow(e.ts, s1, s2, H[0]!, H[1]!, e.to, null, 0, 0);
    }
    let text = this.smsText(e);
    if (text.callsSender && isNumericSenderString(e.from)) text = this.withSender(text, e.from);
    // the recipient matters only to a message that names a number: most name none
    let s1 = 0;
    let s2 = 0;
    if (text.mentions.length > 0) {
      this.subscriber(e.to);
      s1 = H[0]!;
      s2 = H[1]!;
    }
    return this.rows.sms(e.ts, s1, s2, this.sender(e.from), text);
  }

  private smsText(e: SmsEvent): TextInfo {
    if (e.mentioned && e.mentioned.length > 0) return this.mentioned(e.mentioned);
    if (e.text !== undefined && e.text !== '') return this.text(e.text);
    return NO_TEXT;
  }
}
