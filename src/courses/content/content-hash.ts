import { createHash } from 'node:crypto';
import { CourseContent } from './course-content';

/**
 * SHA-256 of the content as canonical JSON (keys sorted, lists in their order). The course slug
 * is left out: it is the folder name, and moving a folder does not make a new version.
 */
export function contentHash(content: Omit<CourseContent, 'contentHash'>): string {
  const { slug: _folderName, ...hashed } = content;
  return createHash('sha256').update(JSON.stringify(hashed, sortKeys)).digest('hex');
}

function sortKeys(_key: string, value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0)));
}
