import { randomInt } from 'node:crypto';

/** No 0/O and no 1/I/L, so a serial read aloud or typed from paper has one spelling. */
export const SERIAL_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const GROUPS = 3;
const GROUP_LENGTH = 4;
const SYMBOLS = GROUPS * GROUP_LENGTH;
const SEPARATORS = /[\s\-\u2010-\u2015\u2212]/g;
const CANONICAL = new RegExp(`^[${SERIAL_ALPHABET}]{${SYMBOLS}}$`);

/** 12 symbols from a 31-letter alphabet: about 59 bits, unguessable for a public verify page. */
export function newCertificateSerial(): string {
  let symbols = '';
  for (let i = 0; i < SYMBOLS; i++) symbols += SERIAL_ALPHABET[randomInt(SERIAL_ALPHABET.length)];
  return formatSerial(symbols);
}

/**
 * The canonical "XXXX-XXXX-XXXX" for what a person typed (any case, any spaces or dashes,
 * full-width forms), or null. 0/O/1/I/L are rejected, not guessed: they never occur in a serial,
 * so mapping them would only turn a typo into someone else's certificate.
 */
export function normaliseSerial(input: string): string | null {
  if (typeof input !== 'string' || input.length > 64) return null;
  const symbols = input.normalize('NFKC').replace(SEPARATORS, '').toUpperCase();
  return CANONICAL.test(symbols) ? formatSerial(symbols) : null;
}

function formatSerial(symbols: string): string {
  const groups: string[] = [];
  for (let start = 0; start < symbols.length; start += GROUP_LENGTH) groups.push(symbols.slice(start, start + GROUP_LENGTH));
  return groups.join('-');
}
