// Turns events (objects, or fields straight from file bytes) into integer-keyed records for the
// detector. Texts of a mass campaign repeat, so what a text mentions and its lure score are cached
// per text hash; sender facts are cached per sender.
import type { SmsEvent, WatchEvent } from './events.js';
import { H, canonicalNumber, hashBytes, hashNumber, hashNumberBytes, hashString, isNumericSender, isNumericSenderString, keyOfH, mix32 } from './hash.js';
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
}

/** One event, ready for the detector. */
export interface Prepared {
  ts: number;
  call: boolean;
  /** Subscriber lanes: the caller of a call, the recipient of an SMS. */
  s1: number;
  s2: number;
  /** Call: the callee's lanes. */
  c1: number;
  c2: number;
  sender: SenderInfo | null;
  text: TextInfo | null;
  /** Call: the callee as written — a string, or a byte range of a buffer — kept to name a number that starts being tracked. */
  to: string | null;
  tb: Buffer | null;
  tbs: number;
  tbe: number;
}

const NO_TEXT: TextInfo = { mentions: [], lure: Number.NaN };

export class Preparer {
  private readonly texts = new Map<number, TextInfo>();
  private readonly senders = new Map<number, SenderInfo>();
  private readonly mentions = new Map<string, Mention>();
  private readonly mentionLists = new Map<number, TextInfo>();
  textHits = 0;
  textMisses = 0;

  constructor(
    private readonly readText: ReadText,
    private readonly directory: OfficialDirectory,
    private readonly pseudo: Pseudonymizer | undefined,
    private readonly cacheSize: number,
  ) {}

  get keyed(): boolean {
    return this.pseudo !== undefined;
  }

  /** Subscriber identity lanes of a number as written, into H. */
  subscriber(raw: string): void {
    if (this.pseudo) hashString(this.pseudo(raw));
    else hashNumber(raw);
  }

  subscriberBytes(buf: Buffer, start: number, end: number): void {
    if (this.pseudo) hashString(this.pseudo(buf.toString('latin1', start, end)));
    else hashNumberBytes(buf, start, end);
  }

  mention(written: string): Mention {
    let m = this.mentions.get(written);
    if (m) return m;
    hashNumber(written);
    m = { key: canonicalNumber(written), id: keyOfH(), h1: H[0]!, h2: H[1]! };
    if (this.mentions.size >= this.cacheSize) this.mentions.clear();
    this.mentions.set(written, m);
    return m;
  }

  private read(text: string): TextInfo {
    this.textMisses++;
    const r = this.readText(text);
    if (r.mentioned.length === 0 && Number.isNaN(r.lure)) return NO_TEXT;
    return { mentions: [...new Set(r.mentioned)].map((k) => this.mention(k)), lure: r.lure };
  }

  private cacheText(id: number, info: TextInfo): TextInfo {
    if (this.texts.size >= this.cacheSize) this.texts.clear();
    this.texts.set(id, info);
    return info;
  }

  text(text: string): TextInfo {
    hashString(text);
    const id = keyOfH();
    const hit = this.texts.get(id);
    if (hit) {
      this.textHits++;
      return hit;
    }
    return this.cacheText(id, this.read(text));
  }

  textBytes(buf: Buffer, start: number, end: number, decode: () => string): TextInfo {
    hashBytes(buf, start, end);
    const id = keyOfH();
    const hit = this.texts.get(id);
    if (hit) {
      this.textHits++;
      return hit;
    }
    return this.cacheText(id, this.read(decode()));
  }

  /** A `mentioned` CSV field ("a;b"), cached per distinct field like texts. */
  mentionedBytes(buf: Buffer, start: number, end: number): TextInfo {
    hashBytes(buf, start, end);
    const id = keyOfH();
    const hit = this.mentionLists.get(id);
    if (hit) return hit;
    const info = this.mentioned(buf.toString('latin1', start, end).split(';').filter((k) => k.trim() !== ''));
    if (this.mentionLists.size >= this.cacheSize) this.mentionLists.clear();
    this.mentionLists.set(id, info);
    return info;
  }

  mentioned(keys: string[]): TextInfo {
    return keys.length === 0 ? NO_TEXT : { mentions: keys.map((k) => this.mention(k)), lure: Number.NaN };
  }

  private senderFor(id: number, h: number, numeric: boolean, decode: () => string): SenderInfo {
    const hit = this.senders.get(id);
    if (hit) return hit;
    const raw = decode();
    let o1 = 0;
    let o2 = 0;
    if (numeric) {
      this.subscriber(raw);
      o1 = H[0]!;
      o2 = H[1]!;
    }
    const info: SenderInfo = { h, numeric, org: numeric ? undefined : this.directory.orgOfSender(raw.trim().toUpperCase()), o1, o2 };
    if (this.senders.size >= this.cacheSize) this.senders.clear();
    this.senders.set(id, info);
    return info;
  }

  sender(raw: string): SenderInfo {
    hashNumber(raw);
    return this.senderFor(keyOfH(), mix32(H[0]!, H[1]!), isNumericSenderString(raw), () => raw);
  }

  senderBytes(buf: Buffer, start: number, end: number): SenderInfo {
    hashNumberBytes(buf, start, end);
    return this.senderFor(keyOfH(), mix32(H[0]!, H[1]!), isNumericSender(buf, start, end), () => buf.toString('utf8', start, end));
  }

  sms(ts: number, s1: number, s2: number, sender: SenderInfo, text: TextInfo): Prepared {
    return { ts, call: false, s1, s2, c1: 0, c2: 0, sender, text, to: null, tb: null, tbs: 0, tbe: 0 };
  }

  call(ts: number, s1: number, s2: number, c1: number, c2: number, to: string | null, tb: Buffer | null = null, tbs = 0, tbe = 0): Prepared {
    return { ts, call: true, s1, s2, c1, c2, sender: null, text: null, to, tb, tbs, tbe };
  }

  /** An event object (from JSONL, NATS or tests) → a prepared record. */
  event(e: WatchEvent): Prepared {
    this.subscriber(e.type === 'call' ? e.from : e.to);
    const s1 = H[0]!;
    const s2 = H[1]!;
    if (e.type === 'call') {
      hashNumber(e.to);
      return this.call(e.ts, s1, s2, H[0]!, H[1]!, e.to);
    }
    return this.sms(e.ts, s1, s2, this.sender(e.from), this.smsText(e));
  }

  private smsText(e: SmsEvent): TextInfo {
    if (e.mentioned && e.mentioned.length > 0) return this.mentioned(e.mentioned);
    if (e.text !== undefined && e.text !== '') return this.text(e.text);
    return NO_TEXT;
  }
}
