import { Writable } from 'node:stream';
import request from 'supertest';

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

/** A GET whose body is kept as raw bytes (CSV with a BOM, XLSX, PDF), whatever its content type. */
export function getBytes(agent: request.Agent, path: string): request.Test {
  return agent
    .get(path)
    .buffer(true)
    .parse((res, callback) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => callback(null, Buffer.concat(chunks)));
    });
}
