import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, base64url: unguessable, and it says nothing about the person or the campaign. */
export function newDrillToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashDrillToken(token) };
}

/** Only this hash is stored: a copy of the database does not hold working links. */
export function hashDrillToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const TOKEN = /[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;

/** The token-shaped words of a pasted message or link, each once (long tracking links can hold many). */
export function tokensIn(text: string): string[] {
  return [...new Set(text.match(TOKEN) ?? [])];
}

/** Tokens have a fixed shape: anything else is answered 404 without a database look-up. */
export function isTokenShaped(text: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(text);
}

/** The landing route's prefix: short and neutral, it names neither the drill nor the person. */
export const LANDING_PREFIX = '/l/';

export function isLandingPath(path: string): boolean {
  return path.startsWith(LANDING_PREFIX);
}

/** A path as logs may keep it: a drill link's token is a secret that would let a reader click for someone. */
export function pathForLogs(path: string): string {
  return isLandingPath(path) ? `${LANDING_PREFIX}[drill-link]` : path;
}

export function drillLink(publicUrl: string, token: string): string {
  return `${publicUrl}${LANDING_PREFIX}${token}`;
}
