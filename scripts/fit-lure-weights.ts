// `npx tsx scripts/fit-lure-weights.ts`: fits the bias, code weights and combination weights of
// data/lexicon/scoring.json to the corpus's TRAIN and DEV splits (never the test split) by
// coordinate descent on a regularized log-loss. It starts from the weights people set by hand
// (data/lexicon/scoring-prior.json; a code or combination not listed there starts at 0) and pulls every
// weight back towards them, so a weight moves only as far as the messages give it reason to, signs stay
// as people set them (trust vs. fraud), and fitting twice gives the same answer. Which codes and
// combinations exist is read from scoring.json, so a new combination is added there first. The learned
// wording (data/lexicon/wording.json) is left out of this fit; run scripts/fit-wording.ts after it.
// `--fit train` fits on train alone and reports dev, to see whether fitting generalizes before
// fitting on both; `--hold-out REGEX` fits on the train+dev messages whose ids do not match and reports
// those that do: dev holds translations of train messages, so holding out a whole written batch
// ('-w9-') is the better test of new phrasings; `--write` stores the result (thresholds stay as they
// are: `npm run eval -- --sweep`), and is refused with --hold-out.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkServices } from '../src/check/analyzer-instance.js';
import type { CorpusRecord, Split } from '../src/lure/corpus.js';
import { parseCorpus, splitOf } from '../src/lure/corpus.js';
import type { ScoringData } from '../src/lure/lexicon-schema.js';
import { createScorer } from '../src/lure/score.js';
import { DATA_DIR } from '../src/paths.js';

const args = process.argv.slice(2);
const fitOn: Split[] = args.includes('--fit') && args[args.indexOf('--fit') + 1] === 'train' ? ['train'] : ['train', 'dev'];
/** Ridge strength, chosen on held-out written batches (`--hold-out '^..-w9-'`, w5, w6-7, quoted): weaker is better down to 0.0005 on all of them. */
const L2 = Number(process.env.FIT_L2 ?? 0.001);

const scoringPath = join(DATA_DIR, 'lexicon', 'scoring.json');
const start = JSON.parse(readFileSync(scoringPath, 'utf8')) as ScoringData & { $comment?: string };
const prior = JSON.parse(readFileSync(join(DATA_DIR, 'lexicon', 'scoring-prior.json'), 'utf8')) as Pick<ScoringData, 'bias' | 'weights' | 'pairs'>;
type Pair = ScoringData['pairs'][number];
const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));
const samePair = (a: Pair, b: Pair): boolean =>
  sameSet(a.all, b.all) && sameSet(a.none ?? [], b.none ?? []) && a.atLeast?.n === b.atLeast?.n && sameSet(a.atLeast?.of ?? [], b.atLeast?.of ?? []);
const pairName = (p: Pair): string =>
  [p.all.join(' + '), p.atLeast ? ` + ${p.atLeast.n} of ${p.atLeast.of.join('/')}` : '', p.none ? ` without ${p.none.join('/')}` : ''].join('');
const corpus = parseCorpus(readFileSync(join(DATA_DIR, 'corpus', 'messages.jsonl'), 'utf8'));
const { analyzer } = checkServices(DATA_DIR);

interface Sample {
  codes: string[];
  fraud: boolean;
}
const sample = (r: CorpusRecord): Sample => {
  const res = analyzer.analyze(r.sender === undefined ? { text: r.text } : { text: r.text, sender: r.sender });
  // The wording's reasons are not codes with weights here: its own scale is fitted after these, by scripts/fit-wording.ts.
  return { codes: [...new Set(res.reasons.map((x) => x.code).filter((c) => !c.startsWith('wording.')))], fraud: r.label !== 'legit' };
};
const holdArg = args.includes('--hold-out') ? args[args.indexOf('--hold-out') + 1] : undefined;
const held = holdArg === undefined ? undefined : new RegExp(holdArg);
if (held && args.includes('--write')) throw new Error('--write fits on all of train+dev; drop --hold-out');
const tuning = corpus.filter((r) => fitOn.includes(splitOf(r.id)));
const fitSet = (held ? tuning.filter((r) => !held.test(r.id)) : tuning).map(sample);
const checkSet = held
  ? tuning.filter((r) => held.test(r.id)).map(sample)
  : fitOn.length === 1 ? corpus.filter((r) => splitOf(r.id) === 'dev').map(sample) : [];
const checkName = held ? `held-out /${held.source}/` : 'held-out dev';

// One parameter vector: bias, then each weight, then each combination.
const weightKeys = Object.keys(start.weights);
const fromVector = (v: readonly number[]): ScoringData => ({
  ...start,
  bias: v[0]!,
  weights: Object.fromEntries(weightKeys.map((k, i) => [k, v[i + 1]!])),
  pairs: start.pairs.map((p, i) => ({ ...p, weight: v[i + 1 + weightKeys.length]! })),
});
const v0 = [
  prior.bias,
  ...weightKeys.map((k) => prior.weights[k] ?? 0),
  ...start.pairs.map((p) => prior.pairs.find((q) => samePair(q, p))?.weight ?? 0),
];

function loss(v: readonly number[], set: readonly Sample[]): number {
  const s = createScorer(fromVector(v));
  let sum = 0;
  for (const x of set) {
    const p = Math.min(Math.max(s.score(x.codes), 1e-6), 1 - 1e-6);
    sum -= x.fraud ? Math.log(p) : Math.log(1 - p);
  }
  return sum / set.length;
}
const objective = (v: readonly number[]): number => loss(v, fitSet) + L2 * v.reduce((a, x, i) => a + (x - v0[i]!) ** 2, 0);

const v = v0.slice();
let best = objective(v);
for (const step of [0.8, 0.4, 0.2, 0.1, 0.05]) {
  for (let sweep = 0; sweep < 6; sweep++) {
    let moved = false;
    for (let i = 0; i < v.length; i++) {
      for (const d of [step, -step]) {
        const old = v[i]!;
        let next = Math.round((old + d) * 100) / 100;
        // A signal of trust may not turn into a signal of fraud, nor the reverse.
        if (i > 0 && v0[i]! !== 0 && Math.sign(next) !== Math.sign(v0[i]!)) next = 0;
        v[i] = next;
        const o = objective(v);
        if (o < best - 1e-9) {
          best = o;
          moved = true;
        } else v[i] = old;
      }
    }
    if (!moved) break;
  }
}

const fmt = (x: number): string => x.toFixed(4);
console.log(`fitted on ${fitOn.join('+')}${held ? ` without /${held.source}/` : ''} (${fitSet.length} messages): log-loss ${fmt(loss(v0, fitSet))} → ${fmt(loss(v, fitSet))}`);
if (checkSet.length > 0) console.log(`${checkName} (${checkSet.length} messages): log-loss ${fmt(loss(v0, checkSet))} → ${fmt(loss(v, checkSet))}`);
const fitted = fromVector(v);
for (const [i, k] of ['bias', ...weightKeys].entries()) if (v[i] !== v0[i]) console.log(`  ${k.padEnd(28)} ${v0[i]} → ${v[i]}`);
fitted.pairs.forEach((p, i) => {
  const j = i + 1 + weightKeys.length;
  if (v[j] !== v0[j]) console.log(`  ${pairName(p).padEnd(28)} ${v0[j]} → ${v[j]}`);
});
if (args.includes('--write')) {
  writeFileSync(scoringPath, `${JSON.stringify({ $comment: start.$comment, ...fitted }, null, 1)}\n`);
  console.log(`wrote ${scoringPath}`);
}
