const isoDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });

/** One day in milliseconds (Vietnam has no daylight saving time). */
export const DAY_MS = 86_400_000;

/** The calendar date in Vietnam at that instant, "YYYY-MM-DD". */
export function vietnamDate(instant: Date): string {
  return isoDay.format(instant);
}

/** Decree 30/2020/NĐ-CP: a leading zero for days below 10 and months below 3 ("ngày 05 tháng 02"). */
export function dateLine(place: string, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const pad = (value: number, below: number): string => (value < below ? `0${value}` : `${value}`);
  return `${place}, ngày ${pad(day, 10)} tháng ${pad(month, 3)} năm ${year}`;
}
