/** mysql2 returns Date objects for raw datetime columns, better-sqlite3 "YYYY-MM-DD HH:MM:SS.SSS" strings (UTC). */
export function rawDate(value: unknown): Date | null {
  if (value instanceof Date) return value;
  const date = typeof value === 'string' && value ? new Date(`${value.replace(' ', 'T')}Z`) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}
