const VIETNAM_OFFSET = '+07:00';
/** Adds calendar months, keeping the day or falling back to the month's last day (31/01 + 1 → 28/02). */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** A certificate valid "until 24/11/2028" is valid for all of that day in Vietnam. */
export function endOfValidity(expiresOn: string): Date {
  const start = new Date(`${expiresOn}T00:00:00${VIETNAM_OFFSET}`);
  return new Date(start.getTime() + 24 * 60 * 60 * 1000);
}
