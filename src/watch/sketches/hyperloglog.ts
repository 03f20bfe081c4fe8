// HyperLogLog over 32-bit hashes on a byte array, with an estimate kept up to date on every insert
// (sum of 2^-register and the count of empty registers), so reading it is O(1) on the hot path.

const POW = new Float64Array(64);
for (let i = 0; i < 64; i++) POW[i] = 2 ** -i;

export class HyperLogLog {
  readonly p: number;
  readonly m: number;
  readonly registers: Uint8Array;
  private sum: number;
  private zeros: number;

  constructor(p = 12, registers?: Uint8Array) {
    if (p < 4 || p > 16) throw new RangeError(`HyperLogLog precision ${p} is outside 4..16`);
    this.p = p;
    this.m = 1 << p;
    this.registers = registers ?? new Uint8Array(this.m);
    if (this.registers.length !== this.m) throw new RangeError('register array has the wrong size');
    this.sum = 0;
    this.zeros = 0;
    this.recount();
  }

  /** Adds a 32-bit hash; returns true when a register grew (the estimate may have changed). */
  add(h: number): boolean {
    const idx = h >>> (32 - this.p);
    const w = ((h << this.p) | (1 << (this.p - 1))) >>> 0;
    const rho = Math.clz32(w) + 1;
    const old = this.registers[idx]!;
    if (rho <= old) return false;
    this.registers[idx] = rho;
    this.sum += POW[rho]! - POW[old]!;
    if (old === 0) this.zeros--;
    return true;
  }

  /** Register-wise maximum with another sketch of the same precision. */
  merge(other: HyperLogLog): void {
    const r = this.registers;
    const o = other.registers;
    for (let i = 0; i < r.length; i++) if (o[i]! > r[i]!) r[i] = o[i]!;
    this.recount();
  }

  clear(): void {
    this.registers.fill(0);
    this.recount();
  }

  copyFrom(other: HyperLogLog): void {
    this.registers.set(other.registers);
    this.recount();
  }

  estimate(): number {
    const m = this.m;
    const alpha = m >= 128 ? 0.7213 / (1 + 1.079 / m) : m === 64 ? 0.709 : m === 32 ? 0.697 : 0.673;
    const raw = (alpha * m * m) / this.sum;
    if (raw <= 2.5 * m && this.zeros > 0) return m * Math.log(m / this.zeros);
    return raw;
  }

  /** Relative standard error of this precision (1.04/√m). */
  get standardError(): number {
    return 1.04 / Math.sqrt(this.m);
  }

  private recount(): void {
    let sum = 0;
    let zeros = 0;
    for (const v of this.registers) {
      sum += POW[v]!;
      if (v === 0) zeros++;
    }
    this.sum = sum;
    this.zeros = zeros;
  }
}
