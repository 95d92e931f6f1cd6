import { citationView, describeSource, formatSourceDate } from './citations';

const source = { id: 'cv-1920-2021', issuer: 'Sở Thông tin và Truyền thông tỉnh Thừa Thiên Huế', number: '1920/STTTT-CNTT', date: '2021-08-27', title: 'V/v triển khai Chỉ thị 49' };

describe('citations', () => {
  it('should write dates the Vietnamese way, keeping partial dates partial', () => {
    expect(formatSourceDate('2021-08-27')).toBe('27/08/2021');
    expect(formatSourceDate('2024-07')).toBe('07/2024');
    expect(formatSourceDate('2023')).toBe('2023');
  });

  it('should name a directive by number, date and issuer', () => {
    expect(describeSource(source)).toBe('Văn bản số 1920/STTTT-CNTT ngày 27/08/2021 của Sở Thông tin và Truyền thông tỉnh Thừa Thiên Huế');
    expect(describeSource({ ...source, date: '2024-07' })).toContain('tháng 07/2024');
    expect(describeSource({ ...source, date: '2023' })).toContain('năm 2023');
  });

  it('should resolve a citation to its source and part', () => {
    expect(citationView({ ref: 'cv-1920-2021', part: 'Đoạn 3' }, [source])).toEqual({
      source: describeSource(source),
      title: 'V/v triển khai Chỉ thị 49',
      part: 'Đoạn 3',
    });
  });
});
