import { randomBytes } from 'node:crypto';
import { EntityManager, IsNull, LessThan } from 'typeorm';
import { CsvEncoding } from './csv-file';
import { ImportKind } from './import-kind';
import { ImportUploadChunk } from './import-upload-chunk.entity';
import { ImportUpload } from './import-upload.entity';

/** Below MariaDB's 65,535-byte `text` limit, counted in UTF-8 bytes: a Vietnamese letter takes up to three. */
export const CHUNK_BYTES = 60_000;

/** An upload not confirmed within a day is forgotten: it holds personal data. */
export const UPLOAD_LIFETIME_MS = 24 * 60 * 60 * 1000;

export interface NewUpload {
  kind: ImportKind;
  uploadedById: number;
  fileName: string;
  encoding: CsvEncoding;
  text: string;
}

/** Splits text into pieces of at most maxBytes UTF-8 bytes, never inside a character. */
export function splitUtf8(text: string, maxBytes = CHUNK_BYTES): string[] {
  const bytes = Buffer.from(text, 'utf8');
  const chunks: string[] = [];
  for (let start = 0; start < bytes.length;) {
    let end = Math.min(start + maxBytes, bytes.length);
    // UTF-8 continuation bytes are 10xxxxxx: step back to the start of the character.
    while (end < bytes.length && (bytes[end] & 0xc0) === 0x80) end--;
    chunks.push(bytes.toString('utf8', start, end));
    start = end;
  }
  return chunks;
}

export async function saveUpload(manager: EntityManager, input: NewUpload, now = new Date()): Promise<ImportUpload> {
  const upload = manager.create(ImportUpload, {
    id: randomBytes(16).toString('hex'),
    kind: input.kind,
    uploadedById: input.uploadedById,
    fileName: input.fileName,
    encoding: input.encoding,
    createdAt: now,
    appliedAt: null,
  });
  await manager.insert(ImportUpload, upload);
  const chunks = splitUtf8(input.text).map((content, position) => ({ uploadId: upload.id, position, content }));
  // One row per statement: several 60 KB rows in one INSERT could pass MariaDB's max_allowed_packet.
  for (const chunk of chunks) await manager.insert(ImportUploadChunk, chunk);
  return upload;
}

/** The person's own upload of the last day, or null: someone else's id looks exactly like a missing one. */
export async function findOwnUpload(manager: EntityManager, id: string, userId: number, now = new Date()): Promise<ImportUpload | null> {
  if (!/^[0-9a-f]{32}$/.test(id)) return null;
  const upload = await manager.findOneBy(ImportUpload, { id, uploadedById: userId });
  return upload && upload.createdAt.getTime() > now.getTime() - UPLOAD_LIFETIME_MS ? upload : null;
}

export async function uploadText(manager: EntityManager, id: string): Promise<string> {
  const chunks = await manager.find(ImportUploadChunk, { where: { uploadId: id }, order: { position: 'ASC' } });
  return chunks.map((chunk) => chunk.content).join('');
}

/**
 * Marks the upload applied unless it already was. The conditional update locks the row, so of two
 * confirmations racing on any instances only one goes through.
 */
export async function claimUpload(manager: EntityManager, id: string, now = new Date()): Promise<boolean> {
  const result = await manager.update(ImportUpload, { id, appliedAt: IsNull() }, { appliedAt: now });
  return result.affected === 1;
}

export async function forgetUploadText(manager: EntityManager, id: string): Promise<void> {
  await manager.delete(ImportUploadChunk, { uploadId: id });
}

/** Chunks go with their upload (ON DELETE CASCADE). */
export async function deleteExpiredUploads(manager: EntityManager, now = new Date()): Promise<void> {
  await manager.delete(ImportUpload, { createdAt: LessThan(new Date(now.getTime() - UPLOAD_LIFETIME_MS)) });
}
