import { vietnamDate } from '../../common/vietnam-dates';

export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** What each report is called on disk; ASCII so no browser or mail gateway mangles it. */
const FILE_STEMS = {
  compliance: 'bao-cao-tuan-thu',
  people: 'danh-sach-can-bo',
} as const;

export type ExportReport = keyof typeof FILE_STEMS;

/** "bao-cao-tuan-thu-2026-11-24.csv": the report and the Vietnam date it was generated on. */
export function exportFileName(report: ExportReport, format: ExportFormat, generatedAt: Date): string {
  return `${FILE_STEMS[report]}-${vietnamDate(generatedAt)}.${format}`;
}

/** Response headers for a download; the file name is ASCII, so no RFC 5987 `filename*` is needed. */
export function exportHeaders(report: ExportReport, format: ExportFormat, generatedAt: Date): Record<string, string> {
  return {
    'Content-Type': EXPORT_CONTENT_TYPES[format],
    'Content-Disposition': `attachment; filename="${exportFileName(report, format, generatedAt)}"`,
    // Compliance figures are personal data about staff: no shared cache may keep a copy.
    'Cache-Control': 'no-store',
  };
}
