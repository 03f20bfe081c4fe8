// `npm run eval`: precision, recall and F1 of the lure analyzer per language and overall on the corpus's
// test split, next to a naive Bayes baseline trained on the train split. `-- --split dev` reports another
// split; `-- --sweep` prints the score thresholds on train+dev (where thresholds are chosen);
// `-- --errors` lists the misclassified messages of the reported split; `-- --ids REGEX` reports the messages
// whose id matches, whatever their split (a blind batch measured as a whole); `-- --corpus FILE` reads
// another labelled file instead of data/corpus/messages.jsonl (a blind batch kept apart until measured).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkServices } from '../src/check/analyzer-instance.js';
import type { Counts, CorpusRecord, Split } from '../src/lure/corpus.js';
import { emptyCounts, metrics, parseCorpus, splitOf, tally } from '../src/lure/corpus.js';
import { DATA_DIR } from '../src/paths.js';
import { trainBaseline } from './lure-baseline.js';

const args = process.argv.slice(2);
const splitArg = args[args.indexOf('--split') + 1];
const split: Split = args.includes('--split') && (splitArg === 'train' || splitArg === 'dev' || splitArg === 'test') ? splitArg : 'test';
const idsArg = args.includes('--ids') ? args[args.indexOf('--ids') + 1] : undefined;
const idPattern = idsArg === undefined ? undefined : new RegExp(idsArg);

const corpusArg = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : undefined;
const trainingCorpus = parseCorpus(readFileSync(join(DATA_DIR, 'corpus', 'messages.jsonl'), 'utf8'));
const corpus = corpusArg === undefined ? trainingCorpus : parseCorpus(readFileSync(corpusArg, 'utf8'));
const bySplit = (s: Split): CorpusRecord[] => corpus.filter((r) => splitOf(r.id) === s);
const { analyzer } = checkServices(DATA_DIR);
// the baseline always learns from the main corpus's train split, whatever file is reported
const baseline = trainBaseline(trainingCorpus.filter((r) => splitOf(r.id) === 'train'));
const isFraud = (r: CorpusRecord): boolean => r.label !== 'legit';
const analyze = (r: CorpusRecord) => analyzer.analyze(r.sender === undefined ? { text: r.text } : { text: r.text, sender: r.sender });

const fmt = (x: number): string => x.toFixed(3);
const row = (name: string, a: Counts, b: Counts, n: number): string => {
  const ma = metrics(a);
  const mb = metrics(b);
  return `${name.padEnd(5)} ${String(n).padStart(4)}   ${fmt(ma.precision)}  ${fmt(ma.recall)}  ${fmt(ma.f1)}   |  ${fmt(mb.precision)}  ${fmt(mb.recall)}  ${fmt(mb.f1)}`;
};

if (args.includes('--sweep')) {
  const tuning = [...bySplit('train'), ...bySplit('dev')];
  const scored = tuning.map((r) => ({ fraud: isFraud(r), score: analyze(r).score }));
  console.log(`threshold sweep on train+dev (${tuning.length} messages): flagged = score >= t`);
  for (let t = 0.3; t <= 0.951; t += 0.05) {
    const c = emptyCounts();
    for (const s of scored) tally(c, s.fraud, s.score >= t);
    const m = metrics(c);
    console.log(`t=${t.toFixed(2)}  precision ${fmt(m.precision)}  recall ${fmt(m.recall)}  F1 ${fmt(m.f1)}  fp ${c.fp} fn ${c.fn}`);
  }
  process.exit(0);
}

const records = idPattern ? corpus.filter((r) => idPattern.test(r.id)) : corpusArg !== undefined ? corpus : bySplit(split);
const scope = idPattern ? `messages with ids matching /${idPattern.source}/ (all splits)` : corpusArg !== undefined ? `all of ${corpusArg}` : `${split.toUpperCase()} split`;
const ours = new Map<string, Counts>();
const theirs = new Map<string, Counts>();
const sizes = new Map<string, number>();
const lures = { ours: emptyCounts(), theirs: emptyCounts() };
const errors: string[] = [];
for (const r of records) {
  const result = analyze(r);
  const flagged = result.verdict !== 'no_signs';
  const bayes = baseline.isFraud(r.text);
  for (const key of [r.lang, 'all']) {
    if (!ours.has(key)) {
      ours.set(key, emptyCounts());
      theirs.set(key, emptyCounts());
      sizes.set(key, 0);
    }
    tally(ours.get(key)!, isFraud(r), flagged);
    tally(theirs.get(key)!, isFraud(r), bayes);
    sizes.set(key, sizes.get(key)! + 1);
  }
  if (r.label !== 'scam') {
    tally(lures.ours, r.label === 'lure', flagged);
    tally(lures.theirs, r.label === 'lure', bayes);
  }
  if (flagged !== isFraud(r)) errors.push(`${r.id} ${r.label} → ${result.verdict} ${result.score} [${result.reasons.map((x) => x.code).join(' ')}] ${r.text}`);
}

const counts = { lure: 0, scam: 0, legit: 0, quoted: 0 };
for (const r of records) {
  counts[r.label]++;
  if (r.origin === 'quoted') counts.quoted++;
}
console.log(`lure analyzer on the ${scope} of data/corpus/messages.jsonl: ${records.length} messages ` +
  `(${counts.lure} call-back lures, ${counts.scam} other scams, ${counts.legit} legitimate; ${counts.quoted} quoted from public sources)`);
console.log('positive = lure or scam, flagged = verdict danger or suspicious; baseline = naive Bayes (natural) trained on the train split');
console.log('');
console.log('lang     n   analyzer: P      R      F1    |  Bayes: P      R      F1');
for (const key of ['ru', 'kk', 'en', 'all']) {
  if (ours.has(key)) console.log(row(key, ours.get(key)!, theirs.get(key)!, sizes.get(key)!));
}
const ml = metrics(lures.ours);
const bl = metrics(lures.theirs);
console.log('');
console.log(`call-back lures vs legitimate only: analyzer P ${fmt(ml.precision)} R ${fmt(ml.recall)} F1 ${fmt(ml.f1)}  |  Bayes P ${fmt(bl.precision)} R ${fmt(bl.recall)} F1 ${fmt(bl.f1)}`);
if (args.includes('--errors')) {
  console.log('');
  for (const e of errors) console.log(e);
}
