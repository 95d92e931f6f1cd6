import { randomInt } from 'node:crypto';

/** No 0/o, 1/l/i: easy to read out over the phone or copy from paper. */
const ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
const LENGTH = 12;

/** About 59 bits of randomness; the person must replace it at first sign-in. */
export function oneTimePassword(): string {
  return Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}
