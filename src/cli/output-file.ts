// A file the CLI writes results into (alerts as JSONL): opened before any work starts, so a path that
// cannot be written is a clear error naming the option rather than a crash after a long run.
import { createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { SaqbolError } from '../errors.js';

export async function openOutputFile(path: string, option: string, append = false): Promise<WriteStream> {
  const stream = createWriteStream(path, { flags: append ? 'a' : 'w' });
  try {
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => { resolve(); });
      stream.once('error', reject);
    });
  } catch (err) {
    throw new SaqbolError('invalid_field', { field: option, detail: `cannot write ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
  }
  return stream;
}

/** Ends the stream and waits until every byte is in the file; a write error surfaces here. */
export async function closeOutputFile(stream: WriteStream): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => { resolve(); });
  });
}
