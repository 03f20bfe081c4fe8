// The lure analyzer: text (+ sender) → verdict, score, language, reasons with spans, numbers and advice.
// Pure: the lexicon, the registry and the number extractor come in; nothing is read from disk or clock.
// Per message the work is one pass over the characters, cached lookups per word and per reason list,
// and the result objects: reason codes are small integers, scratch buffers are reused.
import type { ExtractedNumber } from '../phones/types.js';
import { PhraseMatches } from './phrase-index.js';
import type { WordPlaces } from './phrase-index.js';
import { CodeTable } from './code-table.js';
import type { CompiledLexicon } from './compile.js';
import { compileLexicon } from './compile.js';
import { countWords, decideLang } from './lang.js';
import type { LangEvidence } from './lang.js';
import type { RawLexicon } from './lexicon-schema.js';
import { findLinks } from './links.js';
import { linkReasons } from './link-reasons.js';
import { createScorer } from './score.js';
import { outside, unnegated, unreported, widest } from './hits.js';
import type { Hit } from './hits.js';
import { cardNumber } from './card-number.js';
import { codeWritten, countDigits, digitRunAfter, numberNear } from './nearby.js';
import { ReasonList } from './reason-list.js';
import { leadsNowhere, WAYS } from './channel-none.js';
import { namesLineOwner } from './reader-number.js';
import { extractSpelled } from '../phones/spelled.js';
import { firstEvasion } from './evasion.js';
import { balanceTransfer, forwardingCode, ussdMenu } from './ussd.js';
import { officeHours } from './office-hours.js';
import { commentedOn, insideAny, reportedQuotes, unquoted, withRetold } from './quotation.js';
import { offersContact } from './contact-offer.js';
import { SentenceIndex } from './sentence.js';
import { opensClause, outsideScopes, SCOPE_DENIAL, SCOPE_DESCRIBES, WarningReading } from './denial.js';
import { REQUESTS } from './denial.js';
import { unasked } from './negated.js';
import { declaredFakes, withDeclared } from './declared.js';
import type { RequestWords } from './negated.js';
import * as tokenize from './tokenize.js';
import { Wording } from './wording.js';
import * as phraseKinds from './phrase-kind.js';
import type { LureInput, LureNumber, LureResult, NumberExtractor, RegistryPort } from './types.js';

export interface AnalyzerDeps {
  lexicon: RawLexicon;
  registry: RegistryPort;
  extractNumbers: NumberExtractor;
}

export interface Analyzer {
  analyze(input: LureInput): LureResult;
  readonly lexicon: CompiledLexicon;
}

const { Tokenizer } = tokenize;
// Local copies: the per-match loop reads them, and an imported binding can cost a call there.
const { KIND_DEADLINE, KIND_DENIAL, KIND_DESCRIBES, KIND_DIGIT_WORD, KIND_LANG_KK, KIND_LANG_RU, KIND_MONTH, KIND_NEGATES_NEXT, KIND_NEGATION, KIND_PROTECTIVE, KIND_READER, KIND_QUESTIONS, KIND_REPORTED, KIND_SENDER_NUMBER, KIND_VERDICT, KIND_DOUBT, KIND_FAKE, KIND_NEGATOR, KIND_CONDITION, KIND_RELAYED, phraseKindOf } = phraseKinds;

/** Digit words a text needs before it is read for a number spelled out (a number has ten digits or more). */
const SPELLED_MIN_WORDS = 4;

/** The wording's log-odds from which it is a reason of its own (either way). */
const WORDING_SHOWN = 0.5;

const round2 = (x: number): number => Math.round(x * 100) / 100;

export function createAnalyzer(deps: AnalyzerDeps): Analyzer {
  const { registry, extractNumbers } = deps;
  const orgs = registry.organizations();
  const compiled = compileLexicon(deps.lexicon, orgs);
  const { table, automaton } = compiled;
  const tokenizer = new Tokenizer(table);
  const codes = new CodeTable(createScorer(deps.lexicon.scoring), deps.lexicon.advice);
  // 101–104, 112: everyone's numbers, never a stranger's line, whichever organization the message names.
  const publicLine = new Set(orgs.filter((o) => o.category === 'emergency' || o.category === 'police').map((o) => o.id));
  const matches = new PhraseMatches();
  const places: WordPlaces = { text: '', origStart: new Int32Array(0), origEnd: new Int32Array(0) };
  const reasons = new ReasonList(codes);
  const wording = new Wording(deps.lexicon.wording, table);
  automaton.perWord = (tokens, i) => wording.featureOf(tokens, i);
  const evidence: LangEvidence = { cyrWords: 0, latWords: 0, kkLetters: 0, kkMarkers: 0, ruMarkers: 0 };

  const phraseKind = automaton.phraseList.map((p) => phraseKindOf(p.code));
  const phraseCode = automaton.phraseList.map((p) => codes.id(p.code));
  const phraseOrg = automaton.phraseList.map((p) => p.org);
  // Generic organization classes ("org.bank" without a registry id) are claimed as "class:bank".
  const orgClass = (code: number): string | undefined => {
    const name = codes.names[code]!;
    return name.startsWith('org.') ? `class:${name.slice(4)}` : undefined;
  };
  const classOf: (string | undefined)[] = [];
  const CALL_VERB = codes.id('call_verb');
  const CALLBACK = codes.id('callback');
  const NUMBER_OFFICIAL = codes.id('number.official');
  const NUMBER_UNOFFICIAL = codes.id('number.unofficial');
  const NUMBER_UNKNOWN = codes.id('number.unknown');
  const NUMBER_SHORT = codes.id('number.short');
  const CARD_NUMBER = codes.id('payment_request.card');
  const CHANNEL_MOBILE = codes.id('channel.mobile');
  const EVASION_NUMBER = codes.id('evasion.number');
  const EVASION_TEXT = codes.id('evasion.text');
  const SENDER_OFFICIAL = codes.id('sender.official');
  const SENDER_UNOFFICIAL = codes.id('sender.unofficial');
  const SCHEDULE = codes.id('schedule');
  const OFFICE_HOURS = codes.id('office_hours');
  const OWN_CHANNEL = codes.id('own_channel');
  const FORWARDING = codes.id('remote_access.forwarding');
  const USSD_TRANSFER = codes.id('payment_request.ussd');
  const QUOTATION = codes.id('quotation');
  const WORDING_LURE = codes.id('wording.lure');
  const WORDING_SERVICE = codes.id('wording.service');
  const CONTACT_HINT = codes.id('contact_hint');
  const APPLIED = codes.id('own_request');
  const CHANNEL_NONE = codes.id('channel.none');
  const SECRECY = codes.id('threat.secrecy');
  // A code asked for (not one to be passed on to the writer, which the message cannot hold).
  const CODE_REQUEST = codes.id('code_request');
  const opensWay = codes.ofFamilies(WAYS);
  const UNREACHED = codes.id('pretext.unreached');
  const asksToCall = (h: Hit): boolean => h.code === CALL_VERB || h.code === CALLBACK || h.code === CONTACT_HINT;
  // a call word proper: "на этот номер" and "по всем вопросам" are read around it, never as one
  const asksToCallBack = (h: Hit): boolean => h.code === CALL_VERB || h.code === CALLBACK;
  // The organization's own channel ("in your bank's app") and a bank named as the way to send money ("киньте на Каспи")
  // both name a bank that is not the one writing.
  const PAY_RAIL = codes.id('pay_rail');
  const placeOnly = (code: number): boolean => code === OWN_CHANNEL || code === PAY_RAIL;
  // Inside a transfer's rail, "по номеру" is the payee's number, not a number to call.
  const swallowed = (h: Hit, by: Hit): boolean =>
    by.from <= h.from && h.to <= by.to && (classOf[h.code] !== undefined ? placeOnly(by.code) : by.code === PAY_RAIL && asksToCall(h));
  const ownChannel = (list: Hit[]): Hit[] => {
    if (!list.some((h) => placeOnly(h.code))) return list;
    return list.filter((h) => !list.some((o) => swallowed(h, o)));
  };
  for (let c = 0; c < codes.size; c++) classOf[c] = orgClass(c);
  const judgeLinks = linkReasons({ registry, links: deps.lexicon.links, table, codes, reasons, classOf });
  const isSignal = (code: number): boolean => classOf[code] === undefined;
  const warnings = new WarningReading(codes, isSignal, phraseCode);
  const requestCode = codes.ofFamilies(REQUESTS).map((asks, c) => asks || c === CALL_VERB || c === CALLBACK || c === CONTACT_HINT);
  const phraseStem = automaton.phraseList.map((p) => automaton.wordLength[p.words[p.words.length - 1]!]!);
  const requestWords: RequestWords = {
    request: (code) => requestCode[code] === true,
    verb: (code) => code === CALL_VERB || code === CALLBACK,
    stemLength: (h) => h.stem ?? 0,
  };

  function analyze(input: LureInput): LureResult {
    const text = input.text;
    const tokens = tokenizer.run(text);
    const n = tokens.count;
    const cand = automaton.wordIds(tokens, table.digitCyr, table.digitLat);
    places.text = text;
    places.origStart = tokens.origStart;
    places.origEnd = tokens.origEnd;
    automaton.phrases(cand, n, matches, places);

    let kkMarkers = 0;
    let digitWords = 0;
    let ruMarkers = 0;
    let readerAt: number[] | undefined;
    let relayAt: number[] | undefined;
    let told: number[] | undefined;
    let judged: number[] | undefined;
    let doubted: number[] | undefined;
    let pointer: [number, number] | undefined;
    let asked: number[] | undefined;
    let fakes: number[] | undefined;
    let negators = 0;
    let conditions = 0;
    let deadlineEnd = -2;
    let eventDay: [number, number] | undefined;
    let negs: number[] | undefined;
    let scopes: number[] | undefined;
    let hits: Hit[] = [];
    let protect: Hit[] | undefined;
    let gates = 0;
    for (let m = 0; m < matches.count; m++) {
      const p = matches.phrase[m]!;
      const kind = phraseKind[p]!;
      if (kind === KIND_LANG_KK) kkMarkers++;
      else if (kind === KIND_LANG_RU) ruMarkers++;
      else if (kind === KIND_DIGIT_WORD) digitWords++;
      else if (kind === KIND_READER) (readerAt ??= []).push(tokens.origStart[matches.firstToken[m]!]!, tokens.origEnd[matches.lastToken[m]!]!);
      else if (kind === KIND_RELAYED) (relayAt ??= []).push(tokens.origStart[matches.firstToken[m]!]!, tokens.origEnd[matches.lastToken[m]!]!);
      else if (kind === KIND_REPORTED) (told ??= []).push(tokens.origStart[matches.firstToken[m]!]!);
      else if (kind === KIND_VERDICT) (judged ??= []).push(tokens.origStart[matches.firstToken[m]!]!, tokens.origEnd[matches.lastToken[m]!]!);
      else if (kind === KIND_DOUBT) (doubted ??= []).push(tokens.origStart[matches.firstToken[m]!]!);
      else if (kind === KIND_NEGATOR) negators++;
      else if (kind === KIND_CONDITION) conditions++;
      else if (kind === KIND_FAKE) (fakes ??= []).push(tokens.origStart[matches.firstToken[m]!]!, tokens.origEnd[matches.lastToken[m]!]!, matches.lastToken[m]! - matches.firstToken[m]! + 1);
      else if (kind === KIND_QUESTIONS) (asked ??= []).push(tokens.origEnd[matches.lastToken[m]!]!);
      else if (kind === KIND_SENDER_NUMBER) pointer ??= [tokens.origStart[matches.firstToken[m]!]!, tokens.origEnd[matches.lastToken[m]!]!];
      else if (kind === KIND_DENIAL || kind === KIND_DESCRIBES) {
        const from = tokens.origStart[matches.firstToken[m]!]!;
        if (kind === KIND_DENIAL || opensClause(text, from)) (scopes ??= []).push(kind === KIND_DENIAL ? SCOPE_DENIAL : SCOPE_DESCRIBES, from, tokens.origEnd[matches.lastToken[m]!]!);
      }
      else if (kind === KIND_DEADLINE) deadlineEnd = matches.lastToken[m]!;
      else if (kind === KIND_NEGATION || kind === KIND_NEGATES_NEXT) (negs ??= []).push(kind === KIND_NEGATION ? 1 : 0, matches.firstToken[m]!, matches.lastToken[m]!);
      else if (kind === KIND_MONTH && eventDay === undefined) {
        // Matches come left to right, so a deadline word before the day has been seen already.
        const day = matches.firstToken[m]! - 1;
        if (day >= 0 && tokens.script[day] === 0 && tokens.bufEnd[day]! - tokens.bufStart[day]! <= 2 && deadlineEnd !== day - 1) eventDay = [day, matches.lastToken[m]!];
      }
      if (kind >= KIND_LANG_KK) continue;
      // One shape for every hit (org present, maybe undefined), so the code reading hits sees one kind of object.
      gates |= warnings.gate[p]!;
      const hit: Hit = { code: phraseCode[p]!, from: matches.firstToken[m]!, to: matches.lastToken[m]!, org: phraseOrg[p], stem: phraseStem[p]! };
      if (kind === KIND_PROTECTIVE) (protect ??= []).push(hit);
      else hits.push(hit);
    }
    if (negs !== undefined) hits = unnegated(hits, negs, isSignal);
    // "Пока никому не говорите", "әзірге ешкімге айтпаңыз": keeping a matter secret until someone calls back is the
    // pressure of a fake boss or investigator, not the advice never to tell a code.
    if (protect !== undefined && hits.some((h) => h.code === SECRECY)) {
      protect = protect.filter((p) => !hits.some((h) => h.code === SECRECY && h.from <= p.from && p.to <= h.to));
      if (protect.length === 0) protect = undefined;
    }
    // A protective phrase ("никому не сообщайте код") swallows the request words inside it.
    let settled = protect === undefined ? widest(hits, n) : widest(outside(hits, protect, n).concat(protect), n);
    // "Банк никогда не просит назвать код", "мошенники звонят и просят продиктовать код": denied or told, not asked.
    let sentences: SentenceIndex | undefined;
    if (scopes !== undefined) settled = outsideScopes(settled, scopes, text, tokens, warnings.rules, (sentences = new SentenceIndex(text)));
    // A bank named inside the way to the service's own channel ("in your banking app") or as the rail of a transfer
    // ("на Каспи по номеру") is a place to pay, not a sender's claim.
    // Words inside a quotation the writer comments on are reported, not said to the reader.
    // A retold message ("…деп смс келді", "пришла смс, что…") needs a word of telling, which the phrases found already.
    const quoted = told === undefined ? reportedQuotes(text) : withRetold(reportedQuotes(text), text, judged);
    const commented = commentedOn(quoted, text, { told, judged, doubted });
    // What the writer declares a fake ("…со ссылкой на регистрацию. Это ФЕЙК.") is told of as a quotation is.
    const quotes = fakes === undefined ? commented : withDeclared(commented, declaredFakes(text, fakes, (sentences ??= new SentenceIndex(text))));
    let all = ownChannel(unreported(settled, quotes, tokens, CALL_VERB, CALLBACK));
    if (gates !== 0) all = warnings.unworn(all, gates, text, tokens, sentences);
    all = unasked(all, text, tokens, requestWords, negators > 0, conditions > 0);
    // "Не смогли до вас дозвониться" after "Вы оставляли заявку": the follow-up of the reader's own request, not a pretext;
    // nor is the request itself ("заявку на подключение" inside "Вы оставляли заявку на подключение").
    // "При получении назовите код 3381": a code the message gives itself is handed over at a pickup, not asked for.
    if (tokens.digits >= 4 && all.some((h) => h.code === CODE_REQUEST)) all = all.filter((h) => h.code !== CODE_REQUEST || !codeWritten(text, tokens.origEnd[h.to]!));
    const applied = all.find((h) => h.code === APPLIED);
    if (applied !== undefined) all = all.filter((h) => h.code !== UNREACHED && !(isSignal(h.code) && h !== applied && h.from <= applied.to && applied.from <= h.to));

    reasons.reset(text, input.sender);
    const claimed: string[] = [];
    const claimedNamed: string[] = [];
    for (const h of all) {
      const cls = classOf[h.code];
      if (cls === undefined) continue;
      if (h.org !== undefined) {
        if (!claimed.includes(h.org)) claimed.push(h.org);
        if (!claimedNamed.includes(h.org)) claimedNamed.push(h.org);
      } else if (!claimed.includes(cls)) claimed.push(cls);
    }

    // Numbers: only worth parsing when the text has enough digits to hold one; a request to call with no
    // number in digits may write it in words ("eight seven zero one…"), to slip past filters.
    let found = tokens.digits >= 3 ? extractNumbers(text, tokens.otherDigits > 0) : [];
    if (found.length === 0 && digitWords >= SPELLED_MIN_WORDS && all.some(asksToCall)) found = extractSpelled(text, extractNumbers);
    // A number inside a quotation is not one the writer gives to call.
    let given = quotes.length === 0 ? found : found.filter((num) => !insideAny(quotes, num.span[0], num.span[1]));
    // "Перезвоните на этот номер" with no number written: the number to call is the one the message came from,
    // judged as a number written in the text would be (its span is the words that point at it).
    const pointed = pointer !== undefined && given.length === 0 && all.some(asksToCallBack) && !insideAny(quoted, pointer[0], pointer[1]) ? senderNumber(input.sender, pointer) : undefined;
    if (pointed !== undefined) {
      given = [pointed];
      found = found.concat(pointed);
    }
    for (const h of all) {
      const from = tokens.origStart[h.from]!;
      const to = tokens.origEnd[h.to]!;
      // A call verb next to a number ("Call 0800…", "8 747… нөміріне хабарласыңыз") is a call-back request.
      // "По всем вопросам звоните…", "If you have any questions, please call…": a letter's contact line, offered
      if (asked !== undefined && asksToCallBack(h) && offersContact(text, asked, from)) {
        reasons.addAt(CONTACT_HINT, from, to);
        continue;
      }
      const callback = h.code === CALL_VERB && (numberNear(given, from, to) || digitRunAfter(text, to));
      reasons.addAt(callback ? CALLBACK : h.code, from, to);
    }

    if (quotes.length > 0) reasons.add(QUOTATION, quotes[0]!);
    if (eventDay !== undefined) reasons.add(SCHEDULE, [tokens.origStart[eventDay[0]]!, tokens.origEnd[eventDay[1]]!]);
    const hours = tokens.digits >= 2 ? officeHours(text, tokens) : undefined;
    if (hours !== undefined) reasons.add(OFFICE_HOURS, hours);

    // A card number is sixteen digits: only a text with that many can hold one.
    const card = tokens.digits >= 16 ? cardNumber(tokens) : undefined;
    if (card !== undefined) reasons.add(CARD_NUMBER, [tokens.origStart[card[0]]!, tokens.origEnd[card[1]]!]);

    const evasive = firstEvasion(tokens, text, table);
    if (evasive >= 0) reasons.add(EVASION_TEXT, [tokens.origStart[evasive]!, tokens.origEnd[evasive]!]);

    // An operator's USSD menu ("*102#") is its own channel, as its app is; a code that carries a phone number
    // forwards the reader's calls, or with an amount after it sends the reader's balance to that number. All end
    // with '#', which most texts do not have.
    if (text.includes('#')) {
      const ussd = ussdMenu(text);
      if (ussd !== undefined) reasons.add(OWN_CHANNEL, ussd);
      const forwarding = forwardingCode(text);
      if (forwarding !== undefined) reasons.add(FORWARDING, forwarding);
      const transfer = balanceTransfer(text);
      if (transfer !== undefined) reasons.add(USSD_TRANSFER, transfer);
    }

    const links = findLinks(text);
    if (links.length > 0) judgeLinks(text, tokens, all, links, claimedNamed, input.sender);

    const numbers: LureNumber[] = [];
    for (const num of found) {
      const officialFor = registry.officialFor(num.key);
      numbers.push(withOfficial(num, officialFor.length === 0 ? [] : officialFor.slice()));
      if (quotes.length > 0 && insideAny(quotes, num.span[0], num.span[1])) continue;
      // The reader's own number ("ваш номер 8 701…", "8 701… нөміріңіз") is what the message is about, not a line to call.
      if (readerAt !== undefined && officialFor.length === 0 && namesLineOwner(text, readerAt, num.span)) continue;
      // Organizations write their numbers plainly; digits spaced out, dotted or spelled are written to slip past filters.
      if (num.obfuscated && officialFor.length === 0) reasons.addShowing(EVASION_NUMBER, num.span, codes.weight(EVASION_NUMBER), num.raw);
      if (relayAt !== undefined && officialFor.length === 0 && namesLineOwner(text, relayAt, num.span)) {
        // A subscriber's line the operator relays a call from: a person's number, judged as any unknown one.
        reasons.addShowing(NUMBER_UNKNOWN, num.span, codes.weight(NUMBER_UNKNOWN), num.raw);
        continue;
      }
      // The reasons show the number as written: its raw form is that text already.
      if (officialFor.length > 0 && (claimedNamed.length === 0 || officialFor.some((id) => claimedNamed.includes(id) || publicLine.has(id)))) {
        reasons.addShowing(NUMBER_OFFICIAL, num.span, codes.weight(NUMBER_OFFICIAL), num.raw);
      } else if (num.kind === 'short' && officialFor.length === 0) {
        // Operators give short numbers to organizations only: one the registry does not list is unknown to us, not a stranger's.
        reasons.addShowing(NUMBER_SHORT, num.span, codes.weight(NUMBER_SHORT), num.raw);
      } else {
        const code = claimed.length > 0 || officialFor.length > 0 ? NUMBER_UNOFFICIAL : NUMBER_UNKNOWN;
        reasons.addShowing(code, num.span, codes.weight(code), num.raw);
        // Organizations answer on landlines, short and toll-free numbers; a lure's call-back line is a SIM.
        if (num.kind === 'mobile') reasons.addShowing(CHANNEL_MOBILE, num.span, codes.weight(CHANNEL_MOBILE), num.raw);
      }
    }

    if (input.sender !== undefined && input.sender.trim() !== '') {
      const senderOrgs = registry.orgsBySenderId(input.sender.trim());
      if (senderOrgs.length > 0) {
        if (claimedNamed.length === 0 || senderOrgs.some((o) => claimedNamed.includes(o.id))) reasons.add(SENDER_OFFICIAL, [0, 0]);
      } else if (claimed.length > 0 && countDigits(input.sender) >= 7 && pointed === undefined) {
        // (a sender the text points at as the number to call is judged once, as that number)
        const official = extractNumbers(input.sender).some((num) => registry.lookup(num.key).some((m) => claimedNamed.includes(m.org.id)));
        if (!official) reasons.add(SENDER_UNOFFICIAL, [0, 0]);
      }
    }

    if (links.length === 0 && found.length === 0 && digitWords < SPELLED_MIN_WORDS && leadsNowhere(text, input.sender, tokens, all, opensWay)) reasons.add(CHANNEL_NONE, [0, 0]);

    countWords(tokens, links, evidence);
    evidence.kkLetters = tokens.kkLetters;
    evidence.kkMarkers = kkMarkers;
    evidence.ruMarkers = ruMarkers;
    const lang = decideLang(evidence);
    // Russian typed in Latin letters is weighed as the Russian it spells.
    const ids = lang === 'ru' && evidence.latWords > evidence.cyrWords ? wording.translitIds(tokens, automaton.perWordValues) : automaton.perWordValues;
    const words = wording.measure(tokens, quotes.length === 0 ? ids : unquoted(ids, tokens, quotes));
    const outcome = codes.outcome(reasons.codes, reasons.codeCount, words.logit);
    // Shown once it moves the score by something a reader would notice; the word that weighs most is its example.
    if (words.logit >= WORDING_SHOWN) reasons.add(WORDING_LURE, [tokens.origStart[words.lureWord]!, tokens.origEnd[words.lureWord]!], round2(words.logit));
    else if (words.logit <= -WORDING_SHOWN) reasons.add(WORDING_SERVICE, [tokens.origStart[words.serviceWord]!, tokens.origEnd[words.serviceWord]!], round2(words.logit));
    const list = reasons.sorted();
    return {
      verdict: outcome.verdict,
      score: outcome.score,
      lang,
      reasons: list,
      numbers,
      advice: outcome.advice.slice(),
      claimedOrgs: claimed,
    };
  }

  /** The sender as a phone number, placed at the words that point at it; undefined for a sender id that is not a number. */
  function senderNumber(sender: string | undefined, at: [number, number]): ExtractedNumber | undefined {
    if (sender === undefined || countDigits(sender) < 3) return undefined;
    const num = extractNumbers(sender.trim())[0];
    return num === undefined ? undefined : { ...num, span: at, obfuscated: false };
  }

  return { analyze, lexicon: compiled };
}

/** The number as the extractor found it, with the organizations it is official for (fields in the extractor's order). */
function withOfficial(num: ExtractedNumber, officialFor: string[]): LureNumber {
  const { key, kind, display, raw, span, obfuscated } = num;
  return 'country' in num
    ? { key, kind, country: num.country, display, raw, span, obfuscated, officialFor }
    : { key, kind, display, raw, span, obfuscated, officialFor };
}
