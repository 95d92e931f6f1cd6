import { stringify } from 'csv-stringify/sync';
import { vietnamDate } from '../common/vietnam-dates';
import { EXPORT_CONTENT_TYPES } from '../reports/export/export-content-types';
import { neutraliseCell } from '../reports/export/spreadsheet-safety';
import { DrillResultRow } from './drill-results';

/** Column order and names are the export contract: one row per department, sub-departments rolled up. */
const DRILL_CSV_COLUMNS = [
  'department_code',
  'department_name',
  'sent',
  'clicked',
  'clicked_rate',
  'data_entered',
  'data_entered_rate',
  'reported',
  'reported_rate',
  'remedial_assigned',
  'remedial_completed',
  'remedial_completed_rate',
] as const;

/** UTF-8 with BOM and CRLF, as the compliance CSV, so Excel reads the diacritics right. */
export function drillResultsCsv(campaignId: number, rows: DrillResultRow[], generatedAt: Date): { headers: Record<string, string>; body: string } {
  const records = rows.map((row) => ({
    department_code: neutraliseCell(row.departmentCode),
    department_name: neutraliseCell(row.departmentName),
    sent: row.sent,
    clicked: row.clicked,
    clicked_rate: rateCell(row.clickedRate),
    data_entered: row.dataEntered,
    data_entered_rate: rateCell(row.dataEnteredRate),
    reported: row.reported,
    reported_rate: rateCell(row.reportedRate),
    remedial_assigned: row.remedialAssigned,
    remedial_completed: row.remedialCompleted,
    remedial_completed_rate: rateCell(row.remedialCompletedRate),
  }));
  const body = stringify(records, { bom: true, header: true, columns: [...DRILL_CSV_COLUMNS], record_delimiter: 'windows' });
  return {
    headers: { 'Content-Type': EXPORT_CONTENT_TYPES.csv, 'Content-Disposition': `attachment; filename="dien-tap-${campaignId}-${vietnamDate(generatedAt)}.csv"`, 'Cache-Control': 'no-store' },
    body,
  };
}

/** One decimal as in the compliance CSV ("87.5"); empty when there is nothing to divide by. */
function rateCell(rate: number | null): string {
  return rate === null ? '' : rate.toFixed(1);
}
