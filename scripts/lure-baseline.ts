// The baseline a user might pick instead of the analyzer: a naive Bayes text classifier (natural),
// trained on the corpus's train split, with Unicode word tokens (natural's own tokenizer drops Cyrillic).
import natural from 'natural';
import type { Stemmer } from 'natural';
import type { CorpusRecord } from '../src/lure/corpus.js';

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
