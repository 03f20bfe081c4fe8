// What a phrase's code means to the analyzer: a signal, a warning that protects, or a marker of the message's
// form (language, the reader's own number, a date, a negation) that is never a reason of its own.

export const KIND_SIGNAL = 0;
export const KIND_PROTECTIVE = 1;
export const KIND_LANG_KK = 2;
export const KIND_LANG_RU = 3;
/** Codes that describe the message's form rather than a signal ("lang.*", "mark.*"); never reasons. */
export const KIND_MARKER = 4;
/** "Your number": the number it names is the reader's own line, not one to call. */
export const KIND_READER = 5;
/** "20 ноября", "5 желтоқсанда", "4 December": a day of the month, an event's date unless a deadline word precedes it. */
export const KIND_MONTH = 6;
export const KIND_DEADLINE = 7;
/** "не требуется", "қажет емес", "not required": cancels the signal right before or after it. */
export const KIND_NEGATION = 8;
/** "никаких", "ешқандай", "no need to": cancels the signal right after it. */
export const KIND_NEGATES_NEXT = 9;
/** "восемь", "жеті", "seven": a digit written as a word; enough of them may spell a number. */
export const KIND_DIGIT_WORD = 10;
/** "мне пришло", "келді", "got this", "fake": the writer tells of a message they quote, rather than sends it. */
export const KIND_REPORTED = 11;
/** "на этот номер", "осы нөмірге", "this number": the number the message came from is the one to call. */
export const KIND_SENDER_NUMBER = 12;
/** "по всем вопросам", "сұрақтарыңыз болса", "if you have any questions": a call word after it offers a contact line. */
export const KIND_QUESTIONS = 13;
/** "никогда не просит", "сұрамайды", "will never ask": the sentence tells what the writer never does. */
export const KIND_DENIAL = 14;
/** "мошенники", "алаяқтар", "scammers": the sentence tells what scammers do. */
export const KIND_DESCRIBES = 15;
/** "это развод", "алаяқтар", "fake": the writer says the message they tell of is a scam. */
export const KIND_VERDICT = 16;
/** "это правда?", "рас па?", "is this legit?": the writer asks whether the message they tell of is genuine. */
export const KIND_DOUBT = 17;
/** "Это ФЕЙК", "— фишинг", "are fake", "бұл жалған": the writer declares what it follows a fake, so it is told of. */
export const KIND_FAKE = 18;
/** "не", "not", "never", "no", "don't": a negation somewhere in the text, so requests are read for it (negated.ts). */
export const KIND_NEGATOR = 19;
/** "если", "if": a request may be the condition of something already done (negated.ts). */
export const KIND_CONDITION = 20;
/**
 * "Абонент +7…", "+7… абоненті", "Subscriber +7…": the number is a subscriber's own line whose call or request the
 * operator relays ("…просит Вас перезвонить"), neither the operator's line nor a stranger's posing as it.
 */
export const KIND_RELAYED = 21;

const BY_CODE = new Map<string, number>([
  ['protective', KIND_PROTECTIVE],
  ['lang.kk', KIND_LANG_KK],
  ['lang.ru', KIND_LANG_RU],
  ['mark.reader_number', KIND_READER],
  ['mark.month', KIND_MONTH],
  ['mark.deadline', KIND_DEADLINE],
  ['mark.negation', KIND_NEGATION],
  ['mark.negates_next', KIND_NEGATES_NEXT],
  ['mark.digit_word', KIND_DIGIT_WORD],
  ['mark.reported', KIND_REPORTED],
  ['mark.sender_number', KIND_SENDER_NUMBER],
  ['mark.questions', KIND_QUESTIONS],
  ['mark.denial', KIND_DENIAL],
  ['mark.describes', KIND_DESCRIBES],
  ['mark.verdict', KIND_VERDICT],
  ['mark.doubt', KIND_DOUBT],
  ['mark.fake', KIND_FAKE],
  ['mark.negator', KIND_NEGATOR],
  ['mark.condition', KIND_CONDITION],
  ['mark.relayed_number', KIND_RELAYED],
]);

/** The kind of a phrase's code, worked out once per phrase. */
export function phraseKindOf(code: string): number {
  return BY_CODE.get(code) ?? (code.startsWith('lang.') || code.startsWith('mark.') ? KIND_MARKER : KIND_SIGNAL);
}
