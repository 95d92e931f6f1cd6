import { normaliseName, searchName } from './search-name';
import { comparePersonNames, compareVietnamese } from '../common/vietnamese-order';

describe('searchName', () => {
  it('should fold diacritics, đ and case', () => {
    expect(searchName('Nguyễn Thị Hằng')).toBe('nguyen thi hang');
    expect(searchName('ĐẶNG Quang Huy')).toBe('dang quang huy');
  });

  it('should fold composed and decomposed input alike', () => {
    expect(searchName('Hằng'.normalize('NFD'))).toBe(searchName('Hằng'));
  });
});

describe('normaliseName', () => {
  it('should store names in NFC with single spaces', () => {
    const stored = normaliseName('  Nguyễn   Thị Hằng '.normalize('NFD'));
    expect(stored).toBe('Nguyễn Thị Hằng');
    expect(stored.normalize('NFC')).toBe(stored);
  });
});

describe('Vietnamese order', () => {
  it('should put Đ after D and toned letters after their base', () => {
    expect(['Đức', 'Dũng', 'Ánh', 'An'].sort(compareVietnamese)).toEqual(['An', 'Ánh', 'Dũng', 'Đức']);
  });

  it('should sort people by given name first', () => {
    expect(['Trần Văn Bình', 'Lê Thị An', 'Nguyễn Văn An'].sort(comparePersonNames)).toEqual(['Lê Thị An', 'Nguyễn Văn An', 'Trần Văn Bình']);
  });
});
