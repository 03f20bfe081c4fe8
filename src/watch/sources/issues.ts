// Malformed input lines: counted, the first few kept with their line numbers, never fatal.

export interface LineIssue {
  line: number;
  reason: string;
}

export class Issues {
  count = 0;
  readonly first: LineIssue[] = [];

  constructor(private readonly keep = 20) {}

  add(line: number, reason: string): void {
    this.count++;
    if (this.first.length < this.keep) this.first.push({ line, reason });
  }
}
