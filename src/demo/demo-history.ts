import { addMonths } from '../certificates/certificate-dates';
import { vietnamDate } from '../common/vietnam-dates';

/** Demo assignments, with due dates relative to the day the demo is loaded. */
export const DEMO_ASSIGNMENTS: Array<{ course: string; department: string; dueInDays: number }> = [
  { course: 'KGM-4032', department: 'UBND-TINH', dueInDays: 30 },
  { course: 'MXH-CBCC', department: 'SKHCN', dueInDays: -10 },
  { course: 'NTS-49', department: 'PHUONG-BT', dueInDays: 7 },
  { course: 'NTS-49', department: 'XA-AP', dueInDays: 7 },
  { course: 'NTS-49', department: 'XA-TL', dueInDays: 7 },
];

export type DemoOutcome = 'passed' | 'failed' | 'reading' | 'expired';

/** Who has done what, so that reports show every status on first start. */
export const DEMO_HISTORY: Array<{ employeeCode: string; course: string; outcome: DemoOutcome }> = [
  { employeeCode: 'AH0011', course: 'MXH-CBCC', outcome: 'passed' },
  { employeeCode: 'AH0012', course: 'MXH-CBCC', outcome: 'passed' },
  { employeeCode: 'AH0008', course: 'MXH-CBCC', outcome: 'passed' },
  { employeeCode: 'AH0013', course: 'MXH-CBCC', outcome: 'reading' },
  { employeeCode: 'AH0014', course: 'MXH-CBCC', outcome: 'failed' },
  { employeeCode: 'AH0009', course: 'KGM-4032', outcome: 'passed' },
  { employeeCode: 'AH0015', course: 'KGM-4032', outcome: 'expired' },
  { employeeCode: 'AH0016', course: 'KGM-4032', outcome: 'failed' },
  { employeeCode: 'AH0006', course: 'KGM-4032', outcome: 'passed' },
  { employeeCode: 'AH0007', course: 'KGM-4032', outcome: 'reading' },
  { employeeCode: 'AH0018', course: 'KGM-4032', outcome: 'passed' },
  { employeeCode: 'AH0024', course: 'NTS-49', outcome: 'passed' },
  { employeeCode: 'AH0025', course: 'NTS-49', outcome: 'reading' },
  { employeeCode: 'AH0027', course: 'NTS-49', outcome: 'expired' },
];

export function dueDateIn(days: number, today: Date): string {
  return vietnamDate(new Date(today.getTime() + days * 24 * 3600 * 1000));
}

/** An expired demo certificate: issued 26 months ago, valid for 24. */
export function expiredIssueDate(today: Date): Date {
  const issuedOn = addMonths(vietnamDate(today), -26);
  return new Date(`${issuedOn}T09:00:00+07:00`);
}
