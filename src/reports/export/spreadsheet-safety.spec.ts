import { neutraliseCell } from './spreadsheet-safety';

describe('neutraliseCell', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-2 Nguyễn Văn A', "'-2 Nguyễn Văn A"],
    ['@x', "'@x"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
  ])('should put a quote before %j so no spreadsheet runs it', (value, expected) => {
    expect(neutraliseCell(value)).toBe(expected);
  });

  it.each(['Nguyễn Thị Hằng', 'AH-000123', 'Phòng Công nghệ thông tin', "'=already quoted", ' =SUM(A1)', ''])('should leave %j untouched', (value) => {
    expect(neutraliseCell(value)).toBe(value);
  });
});
