import { exportFileName, exportHeaders } from './export-content-types';

describe('export file names and headers', () => {
  it('should name the file after the report and the date in Vietnam', () => {
    // 23:30 UTC on 23 November is already 24 November in Vietnam.
    const lateEvening = new Date('2026-11-23T23:30:00Z');
    expect(exportFileName('compliance', 'csv', lateEvening)).toBe('bao-cao-tuan-thu-2026-11-24.csv');
    expect(exportFileName('compliance', 'pdf', lateEvening)).toBe('bao-cao-tuan-thu-2026-11-24.pdf');
    expect(exportFileName('people', 'xlsx', lateEvening)).toBe('danh-sach-can-bo-2026-11-24.xlsx');
  });

  it('should send a download with the right type and no caching', () => {
    expect(exportHeaders('compliance', 'xlsx', new Date('2026-11-24T02:00:00Z'))).toEqual({
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': 'attachment; filename="bao-cao-tuan-thu-2026-11-24.xlsx"',
      'Cache-Control': 'no-store',
    });
    expect(exportHeaders('people', 'csv', new Date('2026-11-24T02:00:00Z'))['Content-Type']).toBe('text/csv; charset=utf-8');
  });
});
