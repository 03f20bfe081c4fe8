// The slice of `natural` the evaluation baseline uses. natural ships a .ts source beside its typings,
// which a strict project cannot type-check, so its module name is mapped here (tsconfig "paths").
declare module 'natural' {
  export interface Stemmer {
    stem(token: string): string;
    tokenizeAndStem(text: string): string[];
  }
  export class BayesClassifier {
    constructor(stemmer?: Stemmer, smoothing?: number);
    addDocument(text: string | string[], label: string): void;
    train(): void;
    classify(text: string | string[]): string;
  }
  const natural: { BayesClassifier: typeof BayesClassifier };
  export default natural;
}
