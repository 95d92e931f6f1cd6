const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese alphabetical order: "Đ" after "D", tones after the base letter. */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}

/**
 * Vietnamese people are listed by given name (the last word), then by the full name, as on
 * official staff lists.
 */
export function comparePersonNames(a: string, b: string): number {
  const given = (name: string): string => name.trim().split(/\s+/).pop() ?? '';
  return compareVietnamese(given(a), given(b)) || compareVietnamese(a, b);
}
