/**
 * A text key whose plain ordering is the staff-list order of comparePersonNames (given name, then
 * the full name; Vietnamese letters in their own places: a ă â … d đ …; tones and case ignored;
 * numbers by value). The database sorts by it, so a list limited to its first N rows holds the
 * first N in the order people read, on SQLite and MariaDB alike: the key uses only digits, which
 * every collation orders the same way.
 */
const ALPHABET = [...'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz'];
const LETTER_CODE = new Map(ALPHABET.map((letter, index) => [letter, String(10 + index)]));
const OTHER_LETTER = '99';
const WORD_BREAK = '01';
const PUNCTUATION = '02';
const NUMBER = '03';
const NAME_BREAK = '00';
export const NAME_SORT_KEY_LENGTH = 640;

// The five tone marks; breve, circumflex and horn stay, since they make letters of their own.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ANY_MARK = /\p{M}/gu;

export function nameSortKey(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  return `${encode(words[words.length - 1] ?? '')}${NAME_BREAK}${encode(words.join(' '))}`.slice(0, NAME_SORT_KEY_LENGTH);
}

function encode(text: string): string {
  const letters = text.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC').toLowerCase();
  let key = '';
  for (const [token] of letters.matchAll(/\d+|./gsu)) key += codeOf(token);
  return key;
}

function codeOf(token: string): string {
  if (/^\d/.test(token)) {
    const digits = token.replace(/^0+(?=\d)/, '');
    return `${NUMBER}${String(Math.min(digits.length, 99)).padStart(2, '0')}${digits}`;
  }
  if (/\s/.test(token)) return WORD_BREAK;
  const letter = LETTER_CODE.get(token) ?? LETTER_CODE.get(token.normalize('NFD').replace(ANY_MARK, ''));
  if (letter) return letter;
  return /\p{L}/u.test(token) ? OTHER_LETTER : PUNCTUATION;
}
