// Places a batch of events will read, gathered before any is read: a tight loop of loads over them
// keeps many memory misses in flight at once, where loads mixed with hashing and branches would
// wait for each other. The sketches that take part say where a key lives (`where`) and read a list
// of such places (`touchAll`), returning a value of no meaning that the caller keeps.
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
