// The baseline a user might pick instead of the analyzer: a naive Bayes text classifier (natural),
// trained on the corpus's train split, with Unicode word tokens (natural's own tokenizer drops Cyrillic).
import { createRequire } from 'node:module';
import type { BayesClassifier, Stemmer } from 'natural';
import type { CorpusRecord } from '../src/lure/corpus.js';

// Loaded by file path: the bare name "natural" is mapped to a typings slice (tsconfig "paths"), which tsx
// would also apply at run time.
const natural = createRequire(import.meta.url)('natural/lib/natural/index.js') as { BayesClassifier: typeof BayesClassifier };

const words = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);

const unicodeTokens: Stemmer = {
  stem: (token: string) => token.toLowerCase(),
  tokenizeAndStem: (text: string) => words(text),
};

export interface Baseline {
  isFraud(text: string): boolean;
}

export function trainBaseline(train: readonly CorpusRecord[]): Baseline {
  const bayes = new natural.BayesClassifier(unicodeTokens);
  for (const r of train) bayes.addDocument(r.text, r.label === 'legit' ? 'legit' : 'fraud');
  bayes.train();
  return { isFraud: (text) => bayes.classify(text) === 'fraud' };
}
