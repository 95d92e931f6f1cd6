import { comparePersonNames } from '../common/vietnamese-order';
import { nameSortKey } from './name-sort-key';

// Stored names are NFC with single spaces (normaliseName), so no name here has two spaces in a row.
const NAMES = [
  'Nguyễn Thị Hằng',
  'Trần Văn An',
  'Lê Văn Anh',
  'Phạm Thị Ánh',
  'Đặng Văn Ăn',
  'Hoàng Thị Ân',
  'Vũ Minh Bình',
  'Đỗ Văn Dũng',
  'Bùi Văn Đức',
  'Ngô Thị Đào',
  'Lý Quốc Ê',
  'Trương Văn Ơn',
  'Hồ Thị Ô',
  'Dương Văn Ư',
  'Mai Thị Út',
  'Nguyễn Văn Ơ',
  'Nguyễn Văn O',
  'Phan Thị Yến',
  'Lê Thị Ý',
  'Người dùng đã ẩn danh #2',
  'Người dùng đã ẩn danh #12',
  'Người dùng đã ẩn danh #100',
  'trần văn an',
  'TRẦN VĂN AN',
  'Nguyễn Văn Anh',
  'José Müller',
  'Kim Ji-woo',
];

describe('nameSortKey', () => {
  it('should order every pair of names as comparePersonNames does', () => {
    for (const a of NAMES) {
      for (const b of NAMES) {
        const [keyA, keyB] = [nameSortKey(a), nameSortKey(b)];
        const byKey = keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
        expect({ a, b, order: byKey }).toEqual({ a, b, order: Math.sign(comparePersonNames(a, b)) });
      }
    }
  });

  it('should put the given name first: Trần Văn An before Nguyễn Thị Hằng', () => {
    expect(nameSortKey('Trần Văn An') < nameSortKey('Nguyễn Thị Hằng')).toBe(true);
  });

  it('should be digits only, so that any database collation keeps its order', () => {
    for (const name of NAMES) expect(nameSortKey(name)).toMatch(/^\d+$/);
  });
});
