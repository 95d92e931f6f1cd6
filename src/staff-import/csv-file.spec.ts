import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeCsv, detectSeparator, nonTextProblem, readCsvTable } from './csv-file';
import { formatProblem } from './import-problem';

const FIXTURES = join(__dirname, '..', '..', 'test', 'fixtures', 'import');

describe('decodeCsv', () => {
  it('should read UTF-8 with a byte order mark and drop the mark', () => {
    const decoded = decodeCsv(readFileSync(join(FIXTURES, 'staff-utf8-bom.csv')));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text.startsWith('employee_code,')).toBe(true);
  });

  it('should read UTF-8 without a byte order mark', () => {
    expect(decodeCsv(Buffer.from('Mã cán bộ;Họ và tên\n', 'utf8'))).toEqual({ text: 'Mã cán bộ;Họ và tên\n', encoding: 'utf-8' });
  });

  it('should fall back to windows-1258 when the bytes are not UTF-8', () => {
    const decoded = decodeCsv(readFileSync(join(FIXTURES, 'staff-windows-1258.csv')));
    expect(decoded.encoding).toBe('windows-1258');
    const table = readCsvTable(decoded.text).table!;
    expect(table.header.cells).toEqual(['Mã cán bộ', 'Họ và tên', 'Email', 'Mã đơn vị', 'Chức vụ', 'Vai trò']);
    expect(table.rows[0].cells[1]).toBe('Phạm Thị Hồng Nhung');
    expect(table.rows[1].cells[1]).toBe('Nguyễn Đức Thắng');
  });
});

describe('nonTextProblem', () => {
  it('should recognise a workbook and other binary files', () => {
    expect(nonTextProblem(Buffer.from('PK\x03\x04rest', 'latin1'))).toBe('excel');
    expect(nonTextProblem(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1]))).toBe('excel');
    expect(nonTextProblem(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]))).toBe('binary');
    expect(nonTextProblem(Buffer.from('a,b\n1,2\n'))).toBeNull();
  });
});

describe('detectSeparator', () => {
  it('should pick the separator of the header line', () => {
    expect(detectSeparator('employee_code,full_name,email')).toBe(',');
    expect(detectSeparator('Mã cán bộ;Họ và tên;Email')).toBe(';');
    expect(detectSeparator('"a,b,c";d;e')).toBe(';');
  });
});

describe('readCsvTable', () => {
  it('should number rows by the line they start on, across blank lines and quoted line breaks', () => {
    const table = readCsvTable('code,name\r\n\r\nA1,"Phòng\r\nmột"\r\nB2,Hai\r\n,\r\n\r\nC3,Ba\r\n').table!;
    expect(table.header.line).toBe(1);
    expect(table.rows.map((row) => [row.line, row.cells[0]])).toEqual([
      [3, 'A1'],
      [5, 'B2'],
      [8, 'C3'],
    ]);
    expect(table.rows[0].cells[1]).toBe('Phòng\nmột');
  });

  it('should read semicolons, quotes and trim cells', () => {
    const table = readCsvTable('a;b;c\n 1 ;"x; y";"say ""hi"""\n').table!;
    expect(table.separator).toBe(';');
    expect(table.rows[0].cells).toEqual(['1', 'x; y', 'say "hi"']);
  });

  it('should store decomposed input in NFC', () => {
    const table = readCsvTable('name\nNguyễn Thị Hằng\n'.normalize('NFD')).table!;
    expect(table.rows[0].cells[0]).toBe('Nguyễn Thị Hằng'.normalize('NFC'));
  });

  it('should report an empty file on line 1', () => {
    for (const text of ['', '\r\n\r\n', '  \n', ';;;\n;;\n']) {
      expect(readCsvTable(text).problems.map(formatProblem)).toEqual(['line 1: the file is empty (tệp rỗng, không có dữ liệu)']);
    }
  });

  it('should report broken quoting with its line', () => {
    expect(readCsvTable('a,b\n1,2\n3,"x"y\n').problems.map(formatProblem)).toEqual([
      'line 3: malformed CSV: unexpected text after a closing quote (lỗi định dạng CSV: có ký tự sau dấu ngoặc kép đóng)',
    ]);
    expect(readCsvTable('a,b\n1,"open\n').problems[0].message).toContain('never closed');
  });
});
