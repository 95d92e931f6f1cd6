/** What a file holds: people, or the units they belong to. */
export enum ImportKind {
  Staff = 'staff',
  Departments = 'departments',
}

export const IMPORT_KINDS: readonly ImportKind[] = [ImportKind.Staff, ImportKind.Departments];

export function isImportKind(value: unknown): value is ImportKind {
  return IMPORT_KINDS.includes(value as ImportKind);
}
