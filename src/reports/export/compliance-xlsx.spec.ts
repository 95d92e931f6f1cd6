import ExcelJS from 'exceljs';
import { Writable } from 'node:stream';
import { PersonComplianceRow } from '../report-rows';
import { COMPLIANCE_SHEET, PEOPLE_SHEET, writeComplianceXlsx, writePeopleXlsx } from './compliance-xlsx';
import { written } from '../../../test/helpers/export-streams';
import { countedPeople, failingPeople, departmentRow, generatedPeople, personRow, provinceRows, reportMeta } from '../../../test/factories/report-rows.factory';

async function* fromArray<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

async function workbookOf(xlsx: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe('compliance XLSX', () => {
  let workbook: ExcelJS.Workbook;
  const rows = [...provinceRows(), departmentRow({ departmentCode: '=HYPERLINK("http://x")', departmentName: '-Đội phản ứng nhanh', expired: -2 })];

  beforeAll(async () => {
    workbook = await workbookOf(await written((output) => writeComplianceXlsx(rows, reportMeta(), output)));
  });

  it('should have the summary sheet first with a bold, frozen header in row 1', () => {
    expect(workbook.worksheets.map((each) => each.name)).toEqual([COMPLIANCE_SHEET, 'Thông tin']);
    const summary = sheet(workbook, COMPLIANCE_SHEET);
    const header = summary.getRow(1);
    expect(header.values).toEqual([undefined, 'Mã đơn vị', 'Đơn vị', 'Được giao', 'Hoàn thành', 'Đang học', 'Chưa bắt đầu', 'Quá hạn', 'Hết hiệu lực', 'Tỷ lệ hoàn thành (%)']);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(summary.getColumn(2).width).toBe(56);
    expect(summary.rowCount).toBe(rows.length + 1);
  });

  it('should keep numbers as numbers, the rate as 0.0 and names indented by depth', () => {
    const summary = sheet(workbook, COMPLIANCE_SHEET);
    const stc = rows.findIndex((row) => row.departmentCode === 'STTTT-CNTT') + 2;
    expect(summary.getRow(stc).values).toEqual([undefined, 'STTTT-CNTT', 'Phòng Công nghệ thông tin và Chuyển đổi số', 12, 12, 0, 0, 0, 0, 100]);
    expect(summary.getCell(stc, 9).numFmt).toBe('0.0');
    expect(summary.getCell(stc, 2).alignment?.indent).toBe(2);
    expect(summary.getCell(2, 2).alignment?.indent ?? 0).toBe(0);
    const empty = rows.findIndex((row) => row.completionRate === null) + 2;
    expect(summary.getCell(empty, 9).value).toBeNull();
  });

  it('should neutralise formula-like text but keep a negative number a number', () => {
    const last = sheet(workbook, COMPLIANCE_SHEET).getRow(rows.length + 1);
    expect(last.getCell(1).value).toBe('\'=HYPERLINK("http://x")');
    expect(last.getCell(2).value).toBe("'-Đội phản ứng nhanh");
    expect(last.getCell(8).value).toBe(-2);
  });

  it('should describe itself in a second sheet and in the document properties', () => {
    const info = sheet(workbook, 'Thông tin');
    expect(info.getColumn(2).values).toContain('Sở Thông tin và Truyền thông');
    expect(info.getColumn(2).values).toContain('Tất cả khóa học');
    expect(workbook.creator).toBe('Nguyễn Thị Hằng');
    expect(workbook.title).toBe('Tình hình hoàn thành bồi dưỡng an toàn thông tin');
  });
});

describe('people XLSX', () => {
  it('should write Vietnamese labels, real dates and empty nulls', async () => {
    const people = [
      personRow(1, { fullName: 'Tôn Nữ Thị Phương Thảo', status: 'completed', bestScore: 95, completedAt: '2026-03-05' }),
      personRow(2, { status: 'not_started', bestScore: null, completedAt: null, certificateSerial: null }),
    ];
    const workbook = await workbookOf(await written((output) => writePeopleXlsx(fromArray(people), reportMeta(), output)));
    const list = sheet(workbook, PEOPLE_SHEET);
    expect(list.getRow(1).getCell(11).value).toBe('Hạn hoàn thành');
    expect(list.getRow(2).getCell(2).value).toBe('Tôn Nữ Thị Phương Thảo');
    expect(list.getRow(2).getCell(7).value).toBe('Hoàn thành');
    expect(list.getRow(2).getCell(8).value).toBe(95);
    expect(list.getRow(2).getCell(9).value).toEqual(new Date(Date.UTC(2026, 2, 5)));
    expect(list.getRow(2).getCell(9).numFmt).toBe('dd/mm/yyyy');
    expect(list.getRow(3).getCell(7).value).toBe('Chưa bắt đầu');
    expect([8, 9, 10].map((column) => list.getRow(3).getCell(column).value)).toEqual([null, null, null]);
    expect(list.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('should send the workbook out as the rows come, not after the last one', async () => {
    let bytesBeforeLastRow = 0;
    let bytes = 0;
    const counter = new Writable({
      write(chunk: Buffer, _encoding, callback): void {
        bytes += chunk.length;
        callback();
      },
    });
    async function* people(): AsyncGenerator<PersonComplianceRow> {
      yield* generatedPeople(20_000);
      bytesBeforeLastRow = bytes;
    }
    await writePeopleXlsx(people(), reportMeta(), counter);
    // The zip may lag by a buffer or two, never by the whole sheet.
    expect(bytesBeforeLastRow).toBeGreaterThan(bytes * 0.9);
  });

  it('should stop reading rows and reject when the client goes away', async () => {
    const rows = countedPeople(100_000);
    const client = new Writable({
      write(_chunk: Buffer, _encoding, callback): void {
        callback();
        this.destroy();
      },
    });
    await expect(writePeopleXlsx(rows, reportMeta(), client)).rejects.toThrow();
    expect(rows.pulled()).toBeLessThan(10_000);
    expect(rows.closed()).toBe(true);
  });

  it('should break the download rather than end a truncated file when reading rows fails', async () => {
    const output = new Writable({
      write(_chunk: Buffer, _encoding, callback): void {
        callback();
      },
    });
    await expect(writePeopleXlsx(failingPeople(), reportMeta(), output)).rejects.toThrow('database went away');
    expect([output.destroyed, output.writableFinished]).toEqual([true, false]);
  });
});
