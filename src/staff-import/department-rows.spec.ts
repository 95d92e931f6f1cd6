import { readCsvTable } from './csv-file';
import { readDepartmentRows } from './department-rows';
import { formatProblem } from './import-problem';

function read(text: string): { rows: ReturnType<typeof readDepartmentRows>['rows']; problems: string[] } {
  const reading = readDepartmentRows(readCsvTable(text).table!);
  return { rows: reading.rows, problems: reading.problems.map(formatProblem) };
}

describe('readDepartmentRows', () => {
  it('should read Vietnamese headers, upper-case the codes and normalise the names', () => {
    const { rows, problems } = read('Mã đơn vị;Tên đơn vị;Mã đơn vị cấp trên\nxa-mt; UBND  xã Mỹ Thạnh ;ubnd-hmt\nUBND-HMT;UBND huyện Mỹ Tâm;\n');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, code: 'XA-MT', name: 'UBND xã Mỹ Thạnh', parentCode: 'UBND-HMT' },
      { line: 3, code: 'UBND-HMT', name: 'UBND huyện Mỹ Tâm', parentCode: null },
    ]);
  });

  it('should report each bad row with its line and reason', () => {
    const text = ['code,name,parent_code', 'XA-MT,UBND xã Mỹ Thạnh,', 'XA MT,UBND xã Mỹ Thạnh,', 'X,Một chữ,', 'XA-TH,,', 'xa-mt,Trùng mã,', ',Không mã,', 'AB,Thiếu cột'].join('\n');
    expect(read(text).problems).toEqual([
      'line 3: invalid department code "XA MT": use 2 to 32 letters A-Z, digits or "-" (mã đơn vị không hợp lệ)',
      'line 4: invalid department code "X": use 2 to 32 letters A-Z, digits or "-" (mã đơn vị không hợp lệ)',
      'line 5: empty department name (thiếu tên đơn vị)',
      'line 6: duplicate department code "XA-MT", already on line 2 (mã đơn vị trùng với dòng 2)',
      'line 7: empty department code (thiếu mã đơn vị)',
      'line 8: expected 3 columns, found 2 (số cột không đúng: cần 3, có 2)',
    ]);
  });

  it('should require the parent column, so that a misspelt header cannot move every unit to the top', () => {
    expect(read('code,name,parent\nXA-MT,UBND xã Mỹ Thạnh,UBND-HMT\n').problems).toEqual(['line 1: missing column "parent_code" (thiếu cột "Mã đơn vị cấp trên")']);
  });
});
