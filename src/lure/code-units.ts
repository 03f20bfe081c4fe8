// A reusable typed copy of a string's UTF-16 code units, made by one native write. Scanning a typed array
// is much cheaper than charCodeAt, which checks the string's representation on every character.

export class CodeUnits {
  private bytes: Buffer = Buffer.alloc(2048);
  private units: Uint16Array = new Uint16Array(this.bytes.buffer, this.bytes.byteOffset, 1024);

  /** text's code units in [0, text.length) of the returned array (reused by the next call; stale past the end). */
  load(text: string): Uint16Array {
    if (this.units.length < text.length) {
      this.bytes = Buffer.alloc(Math.max(text.length, this.units.length * 2) * 2);
      this.units = new Uint16Array(this.bytes.buffer, this.bytes.byteOffset, this.bytes.length >>> 1);
    }
    // lone surrogates are copied as they are: the write does not re-encode
    this.bytes.write(text, 0, 'utf16le');
    return this.units;
  }
}
