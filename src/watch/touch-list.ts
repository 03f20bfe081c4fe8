// Places a batch of events will read, gathered before any is read: a tight loop of loads over them
// keeps many memory misses in flight at once, where loads mixed with hashing and branches would
// wait for each other. The sketches that take part say where a key lives (`where`) and read a list
// of such places (`touchAll`), returning a value of no meaning that the caller keeps.
/** Reads `data` at each place of the list: one word a place. */
export function touchWords(data: Int32Array, list: TouchList): number {
  const at = list.at;
  let x = 0;
  for (let j = 0; j < list.n; j++) x += data[at[j]!]!;
  return x;
}

export class TouchList {
  at = new Int32Array(1024);
  n = 0;

  push(place: number): void {
    if (this.n === this.at.length) {
      const bigger = new Int32Array(2 * this.n);
      bigger.set(this.at);
      this.at = bigger;
    }
    this.at[this.n++] = place;
  }
}
