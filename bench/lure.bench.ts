// The lure analyzer's throughput on one core over ≥ 100k messages: the corpus cycled, with the phone
// numbers' trailing digits changed on every copy so that no cache anywhere can answer from memory.
// Figures: the whole analysis, the text analysis alone (number extraction off), and the naive Bayes
// baseline trained on the corpus's train split — all in this run, timed by CPU time of this process
// so that other work on the machine does not count against either side.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkServices } from '../src/check/analyzer-instance.js';
import { createAnalyzer } from '../src/lure/analyzer.js';
import { parseCorpus, splitOf } from '../src/lure/corpus.js';
import type { LureInput } from '../src/lure/types.js';
import { DATA_DIR } from '../src/paths.js';
import type { Bench } from './harness.js';

const MESSAGES = 120_000;
/**
 * As many warm-up messages as timed ones, for every contender: after 20,000 the first timed pass still ran some
 * 15-25 % slower than the passes after it over fresh numbers (the compiler and the collector were still settling),
 * so the figure was a start-up's, not the steady state of a service that runs for days.
 */
const WARM_UP = MESSAGES;
const BAYES_COUNT = 30_000;
const BAYES_WARM_UP = BAYES_COUNT;

/**
 * Changes digits that follow the first four of a phone-like run, so each copy carries new numbers.
 * The copy is joined in one piece: messages arrive as flat strings (JSON bodies, NATS payloads), while
 * a string grown one character at a time is a rope whose flattening would be timed instead.
 */
function vary(text: string, copy: number): string {
  const out: string[] = [];
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch >= '0' && ch <= '9') {
      run++;
      // a digit of its own per copy and place: (copy * 7) alone repeats every ten copies
      out.push(run > 4 ? String((Number(ch) + mix(copy * 4099 + i)) % 10) : ch);
    } else {
      if (!' -()'.includes(ch)) run = 0;
      out.push(ch);
    }
  }
  return out.join('');
}

/** A well-spread integer hash (the finalizer of MurmurHash3), non-negative. */
function mix(x: number): number {
  let h = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function cpuSeconds(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

const bench: Bench = {
  name: 'lure',
  async run() {
    const corpus = parseCorpus(readFileSync(join(DATA_DIR, 'corpus', 'messages.jsonl'), 'utf8'));
    const inputs: LureInput[] = Array.from({ length: MESSAGES }, (_, i) => {
      const r = corpus[i % corpus.length]!;
      const text = vary(r.text, Math.floor(i / corpus.length));
      return r.sender === undefined ? { text } : { text, sender: r.sender };
    });
    const { analyzer, registry } = checkServices(DATA_DIR);
    let sink = 0;
    // Warm-up on other messages than the timed ones, so the JIT has seen every path and finished compiling:
    // CPU time is the whole process's, so optimizing compiles still running would be billed to the timed loop.
    // Each contender is loaded, set up and warmed right before it is timed, the baseline last: its library
    // (natural: some 50 MB of heap once loaded) and trained model would otherwise sit in the heap while the
    // analyzer is timed, and the collector's marking of them be billed to the analyzer (about 1.6x its time
    // here), which no process running only the analyzer has.
    // The warm-up's inputs have the timed ones' shapes (with and without a sender): inputs of a shape first seen in
    // the timed loop would have the compiler redo its work there.
    const warm = (a: { analyze(input: LureInput): { score: number } }): void => {
      for (let i = 0; i < WARM_UP; i++) {
        const { sender } = inputs[i]!;
        const text = vary(inputs[i]!.text, 1000 + i);
        sink += a.analyze(sender === undefined ? { text } : { text, sender }).score;
      }
    };
    warm(analyzer);
    const full = cpuSeconds(() => {
      for (const input of inputs) sink += analyzer.analyze(input).score;
    });
    const textOnly = createAnalyzer({ lexicon: analyzer.lexicon.raw, registry, extractNumbers: () => [] });
    warm(textOnly);
    const text = cpuSeconds(() => {
      for (const input of inputs) sink += textOnly.analyze(input).score;
    });
    const { trainBaseline } = await import('../scripts/lure-baseline.js');
    const baseline = trainBaseline(corpus.filter((r) => splitOf(r.id) === 'train'));
    for (let i = 0; i < BAYES_WARM_UP; i++) sink += baseline.isFraud(vary(inputs[i]!.text, 1000 + i)) ? 1 : 0;
    const bayes = cpuSeconds(() => {
      for (let i = 0; i < BAYES_COUNT; i++) sink += baseline.isFraud(inputs[i]!.text) ? 1 : 0;
    });
    if (Number.isNaN(sink)) throw new Error('a score was not a number');
    const base = { name: 'naive Bayes (natural)', value: BAYES_COUNT / bayes };
    return [
      { name: `lure.analyze, ${MESSAGES.toLocaleString('en-US')} messages, numbers included`, value: MESSAGES / full, unit: 'msg/s/core', baseline: base },
      { name: 'lure.analyze, text signals only (extraction off)', value: MESSAGES / text, unit: 'msg/s/core', baseline: base },
    ];
  },
};
export default bench;
