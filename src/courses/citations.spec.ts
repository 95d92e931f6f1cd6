import { citationView, describeSource, formatSourceDate, lessonForCitation } from './citations';

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

  describe('lessonForCitation', () => {
    const lessons = [
      { position: 1, title: 'Vì sao', sources: [{ ref: 'qd-874', part: 'Điều 3 (quy tắc chung)' }] },
      {
        position: 2,
        title: 'Cán bộ',
        sources: [
          { ref: 'qd-874', part: 'Điều 5, khoản 2 (quy định của cơ quan)' },
          { ref: 'cv', part: 'Điểm 4 (chia sẻ)' },
        ],
      },
      { position: 3, title: 'Chia sẻ', sources: [{ ref: 'cv', part: 'Điểm 4 (chia sẻ thông tin chính thống)' }] },
    ];

    it('should find the lesson that cites the same part', () => {
      expect(lessonForCitation(lessons, { ref: 'cv', part: 'Điểm 4 (chia sẻ thông tin chính thống)' })?.position).toBe(3);
    });

    it('should match the part whatever its description or a course-advice mark', () => {
      expect(lessonForCitation(lessons, { ref: 'qd-874', part: 'Điều 5, khoản 2 (cung cấp thông tin) — lời khuyên của khóa học' })?.position).toBe(2);
    });

    it('should not confuse a part of one document with the same label in another', () => {
      expect(lessonForCitation(lessons, { ref: 'qd-874', part: 'Điểm 4 (chia sẻ)' })).toBeNull();
    });

    it('should not take "Điều 5" for "Điều 5, khoản 2"', () => {
      expect(lessonForCitation(lessons, { ref: 'qd-874', part: 'Điều 5 (cán bộ)' })).toBeNull();
    });
  });
});
