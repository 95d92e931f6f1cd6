import { nameSortKey } from './name-sort-key';

/**
 * The folded form used for search: NFC, lower case, without diacritics, "đ" as "d", single
 * spaces. "Nguyễn Thị Hằng" and "nguyen thi hang" fold to the same text.
 */
export function searchName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Names are stored in NFC with single spaces, whatever the keyboard or the CSV sent. */
export function normaliseName(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The three name columns of a user row, always written together: as typed (NFC), for search, for sorting. */
export function nameColumns(fullName: string): { fullName: string; searchName: string; nameSortKey: string } {
  const name = normaliseName(fullName);
  return { fullName: name, searchName: searchName(name), nameSortKey: nameSortKey(name) };
}
