// `npx tsx scripts/fit-wording.ts [--write]`: fits data/lexicon/wording.json, the per-word log-odds of
// src/lure/wording.ts, on the corpus's TRAIN and DEV splits (never the test split, never data/corpus/blind).
// A word's weight is its naive Bayes log-odds: how much more often messages that are lures or scams hold it
// than legitimate ones (document counts, add-one smoothing); words seen in fewer than MIN_DOCS messages are
// left out. The scale the wording enters the score with is chosen by cross-fitting: each fifth of the
// messages gets the log-odds of words learned from the other four, next to the log-odds of its lexicon
// codes (data/lexicon/scoring.json, kept as it is), and the scale that minimizes the log-loss of the two
// together wins. So the scale is measured on words the model had not seen with those messages, the way
// it will meet new messages. The wording's pull is bounded each way (DOWN, UP below). Run it after scripts/fit-lure-weights.ts, which fits the codes alone.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkServices } from '../src/check/analyzer-instance.js';
import { createAnalyzer } from '../src/lure/analyzer.js';
import type { CorpusRecord } from '../src/lure/corpus.js';
import { parseCorpus, splitOf } from '../src/lure/corpus.js';
import type { WordingData } from '../src/lure/lexicon-schema.js';
import { createScorer } from '../src/lure/score.js';
import { Tokenizer } from '../src/lure/tokenize.js';
import { wordKeys } from '../src/lure/wording.js';
import { extractNumbers } from '../src/phones/extract.js';
import { DATA_DIR } from '../src/paths.js';

// Chosen by the cross-fitted log-loss below (prefix 4-8, words seen once or twice: 67.4-74.2; 4 letters,
// every word seen: the lowest).
const PREFIX = 4;
const MIN_DOCS = 1;
const FOLDS = 5;
/**
 * How far the wording may move a message's log-odds, down and up. Appending many ordinary words to a lure
 * (the good-word attack on naive Bayes) pulls the wording down without end, so it may lower the log-odds by
 * at most DOWN: it can clear a borderline message, never a lure whose lexicon signals are clear. `--limits`
 * prints what each bound costs in cross-fitted log-loss (2 down costs about 3 %).
 */
const DOWN = 2;
const UP = 4;

const corpus = parseCorpus(readFileSync(join(DATA_DIR, 'corpus', 'messages.jsonl'), 'utf8'));
const tuning = corpus.filter((r) => splitOf(r.id) !== 'test');
const { analyzer: current, registry } = checkServices(DATA_DIR);
const raw = current.lexicon.raw;
// The codes' log-odds without any wording, whatever wording.json holds now.
const codesOnly = createAnalyzer({
  lexicon: { ...raw, wording: { prefix: PREFIX, scale: 0, down: 0, up: 0, weights: {} } },
  registry,
  extractNumbers: (text) => extractNumbers(text, 'KZ', { knownShort: registry.shortNumbers() }),
});
const scorer = createScorer(raw.scoring);
const tokenizer = new Tokenizer(current.lexicon.table);

interface Sample {
  id: string;
  fraud: boolean;
  /** Chat between people: scored with the words, never a source of them (see learn). */
  chat: boolean;
  codes: number;
  keys: string[];
}
const samples: Sample[] = tuning.map((r: CorpusRecord) => {
  const res = codesOnly.analyze(r.sender === undefined ? { text: r.text } : { text: r.text, sender: r.sender });
  return {
    id: r.id,
    fraud: r.label !== 'legit',
    chat: r.family === 'chat',
    codes: scorer.logit(res.reasons.map((x) => x.code)),
    keys: wordKeys(tokenizer.run(r.text), PREFIX, current.lexicon.table),
  };
});

/**
 * The wording tells the style of notices from the style of lures: both are written by organizations or
 * by people posing as them. Chat between people is a third style; learned as "legitimate", its everyday
 * words ("я", "мен", "сегодня") would count as signs of a real notice and pull every lure that uses them
 * down. So chat only takes part in choosing the scale, as the messages the words must leave alone.
 */
function learn(from: readonly Sample[]): Map<string, number> {
  const docs = [0, 0];
  const counts = new Map<string, [number, number]>();
  for (const s of from) {
    if (s.chat) continue;
    const y = s.fraud ? 1 : 0;
    docs[y]!++;
    for (const k of s.keys) {
      const c = counts.get(k) ?? [0, 0];
      c[y]++;
      counts.set(k, c);
    }
  }
  const weights = new Map<string, number>();
  for (const [k, [legit, fraud]] of counts) {
    if (legit + fraud < MIN_DOCS) continue;
    weights.set(k, Math.log((fraud + 1) / (docs[1]! + 2)) - Math.log((legit + 1) / (docs[0]! + 2)));
  }
  return weights;
}

/** The same sum as Wording.measure, before the scale. */
function wordingOf(keys: readonly string[], weights: ReadonlyMap<string, number>): number {
  let sum = 0;
  let known = 0;
  for (const k of keys) {
    const w = weights.get(k);
    if (w === undefined) continue;
    sum += w;
    known++;
  }
  return known === 0 ? 0 : sum / Math.sqrt(known);
}

const foldOf = (id: string): number => {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return (h >>> 0) % FOLDS;
};
const outOfFold = new Map<string, number>();
for (let f = 0; f < FOLDS; f++) {
  const weights = learn(samples.filter((s) => foldOf(s.id) !== f));
  for (const s of samples) if (foldOf(s.id) === f) outOfFold.set(s.id, wordingOf(s.keys, weights));
}

const clip = (x: number, down: number, up = UP): number => Math.max(-down, Math.min(up, x));
const logLoss = (scale: number, down = DOWN): number =>
  samples.reduce((sum, s) => {
    const p = 1 / (1 + Math.exp(-(s.codes + clip(scale * outOfFold.get(s.id)!, down))));
    return sum - Math.log(Math.max(s.fraud ? p : 1 - p, 1e-12));
  }, 0);
const threshold = Math.log(raw.scoring.thresholds.suspicious / (1 - raw.scoring.thresholds.suspicious));
const counts = (scale: number): string => {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of samples) {
    const flagged = s.codes + clip(scale * outOfFold.get(s.id)!, DOWN) >= threshold;
    if (flagged && s.fraud) tp++;
    else if (flagged) fp++;
    else if (s.fraud) fn++;
  }
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  return `precision ${p.toFixed(3)} recall ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)} (fp ${fp}, fn ${fn})`;
};

const bestScale = (down: number): number => {
  let best = 0;
  for (let scale = 0; scale <= 3.0001; scale += 0.01) if (logLoss(scale, down) < logLoss(best, down)) best = scale;
  return Math.round(best * 100) / 100;
};
if (process.argv.includes('--limits')) {
  for (const down of [0.5, 1, 1.5, 2, 2.5, 3, 4, Infinity]) {
    const s = bestScale(down);
    console.log(`at most ${down} down (${UP} up): scale ${s.toFixed(2)} log-loss ${logLoss(s, down).toFixed(1)}`);
  }
}
const best = bestScale(DOWN);
console.log(`train+dev: ${samples.length} messages, ${FOLDS}-fold cross-fitted wording`);
console.log(`codes alone:          log-loss ${logLoss(0).toFixed(1)}  ${counts(0)}`);
console.log(`codes + wording x${best.toFixed(2)} (at most ${DOWN} down, ${UP} up): log-loss ${logLoss(best).toFixed(1)}  ${counts(best)}`);

const final = learn(samples);
const data: WordingData & { $comment: string } = {
  $comment:
    'Per-word naive Bayes log-odds (lure or scam against legitimate) of the first letters of folded words, learned from the train and dev splits of data/corpus by scripts/fit-wording.ts; scale chosen by cross-fitted log-loss next to the codes of scoring.json; the wording moves a message\'s log-odds at most "down" and "up". Regenerate, do not edit.',
  prefix: PREFIX,
  scale: best,
  down: DOWN,
  up: UP,
  weights: Object.fromEntries([...final].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, w]) => [k, Math.round(w * 1000) / 1000])),
};
console.log(`${final.size} words kept (seen in ≥ ${MIN_DOCS} messages)`);
if (process.argv.includes('--write')) {
  writeFileSync(join(DATA_DIR, 'lexicon', 'wording.json'), `${JSON.stringify(data, null, 1)}\n`);
  console.log('written to data/lexicon/wording.json');
}
