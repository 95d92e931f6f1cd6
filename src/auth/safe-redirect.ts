/** Only a path on this site may be a post-sign-in target; "//evil.example" and URLs are dropped. */
export function safeLocalPath(target: unknown): string | null {
  if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//') || target.includes('\\')) return null;
  return target;
}
