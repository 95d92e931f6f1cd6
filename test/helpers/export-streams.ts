import { Writable } from 'node:stream';

/** Test helper: everything a writer sends to its output, once it has finished. */
export async function written(write: (output: Writable) => Promise<void>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback): void {
      chunks.push(chunk);
      callback();
    },
  });
  await write(output);
  return Buffer.concat(chunks);
}
