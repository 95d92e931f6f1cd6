import ExcelJS from 'exceljs';
import { Writable } from 'node:stream';
import { ReportMeta } from '../report-rows';
import { neutraliseCell } from './spreadsheet-safety';

export interface XlsxColumn<Row> {
  header: string;
  /** In characters of the default font, as Excel counts them. */
  width: number;
  numFmt?: string;
  value: (row: Row) => ExcelJS.CellValue;
  alignment?: (row: Row) => Partial<ExcelJS.Alignment>;
}

export interface XlsxReport<Row> {
  title: string;
  sheetName: string;
  columns: XlsxColumn<Row>[];
  rows: Iterable<Row> | AsyncIterable<Row>;
}

export const DATE_FORMAT = 'dd/mm/yyyy';
const INFO_SHEET = 'Thông tin';
// How many rows go to exceljs between checks on how far behind its zip stream is.
const ROWS_PER_TURN = 256;

/**
 * A one-sheet workbook whose row 1 is the header (machine-readable), rows committed as they come,
 * then a second sheet with what the report says about itself. Ends `output`; destroys it on failure.
 */
export async function writeXlsxReport<Row>(report: XlsxReport<Row>, meta: ReportMeta, output: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  describeWorkbook(workbook, report.title, meta);
  try {
    await addDataSheet(workbook, report, output);
    addInfoSheet(workbook, report.title, meta);
    await workbook.commit();
  } catch (error) {
    // A broken download, not a truncated file that looks complete. No error argument: nobody may be listening for it.
    output.destroy();
    throw error;
  }
}

async function addDataSheet<Row>(workbook: ExcelJS.Workbook, report: XlsxReport<Row>, output: Writable): Promise<void> {
  const sheet = workbook.addWorksheet(report.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: report.columns.length } };
  sheet.columns = report.columns.map((column) => ({ width: column.width, style: column.numFmt ? { numFmt: column.numFmt } : {} }));
  const header = sheet.addRow(report.columns.map((column) => column.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.commit();
  let count = 0;
  for await (const row of report.rows) {
    addDataRow(sheet, report.columns, row);
    if (++count % ROWS_PER_TURN === 0) await keepPace(sheet, output);
  }
  sheet.commit();
}

function addDataRow<Row>(sheet: ExcelJS.Worksheet, columns: XlsxColumn<Row>[], row: Row): void {
  const added = sheet.addRow(columns.map((column) => safeValue(column.value(row))));
  columns.forEach((column, index) => {
    if (column.alignment) added.getCell(index + 1).alignment = column.alignment(row);
  });
  added.commit();
}

function safeValue(value: ExcelJS.CellValue): ExcelJS.CellValue {
  return typeof value === 'string' ? neutraliseCell(value) : value;
}

/** exceljs 4.4 internals: a sheet's stream and the zip entry it feeds, whose buffer shows how far behind the zip is. */
interface SheetInternals {
  stream?: { pipes?: (NodeJS.EventEmitter & { _writableState?: { needDrain?: boolean } })[] };
}

// exceljs ignores backpressure (https://github.com/exceljs/exceljs/issues/734): without this wait every
// row would pile up uncompressed in memory. Once the zip entry drains, so has output, as archiver pipes into it.
async function keepPace(sheet: ExcelJS.Worksheet, output: Writable): Promise<void> {
  if (output.destroyed) throw new Error('The output closed before the workbook was complete');
  const entry = (sheet as unknown as SheetInternals).stream?.pipes?.[0];
  if (!entry?._writableState?.needDrain) {
    // A turn of the event loop, on which zlib hands back what it has compressed.
    await new Promise(setImmediate);
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const settle = (): void => {
      entry.off('drain', settle);
      output.off('close', settle);
      if (output.destroyed) reject(new Error('The output closed before the workbook was complete'));
      else resolve();
    };
    entry.on('drain', settle);
    output.on('close', settle);
  });
}

function describeWorkbook(workbook: ExcelJS.Workbook, title: string, meta: ReportMeta): void {
  workbook.title = title;
  workbook.subject = `${meta.departmentLabel} - ${meta.courseLabel}`;
  workbook.description = `${meta.parentAgency} - ${meta.agency}`;
  workbook.creator = meta.preparedBy;
  workbook.lastModifiedBy = meta.preparedBy;
  workbook.created = meta.generatedAt;
  workbook.modified = meta.generatedAt;
}

function addInfoSheet(workbook: ExcelJS.Workbook, title: string, meta: ReportMeta): void {
  const sheet = workbook.addWorksheet(INFO_SHEET);
  sheet.columns = [{ width: 22 }, { width: 60 }];
  const facts: [string, ExcelJS.CellValue][] = [
    ['Báo cáo', title],
    ['Cơ quan chủ quản', meta.parentAgency],
    ['Cơ quan', meta.agency],
    ['Đơn vị', meta.departmentLabel],
    ['Khóa học', meta.courseLabel],
    ['Thời điểm lập', vietnamWallClock(meta.generatedAt)],
    ['Người lập', meta.preparedBy],
  ];
  for (const [label, value] of facts) {
    const row = sheet.addRow([label, safeValue(value)]);
    row.getCell(1).font = { bold: true };
    if (value instanceof Date) row.getCell(2).numFmt = 'dd/mm/yyyy hh:mm';
    row.commit();
  }
  sheet.commit();
}

// Excel cells have no time zone: shift the instant so the cell shows the clock in Vietnam (UTC+7, no DST).
function vietnamWallClock(instant: Date): Date {
  return new Date(instant.getTime() + 7 * 60 * 60 * 1000);
}
