import { anonymisationRefusal, anonymisedIdentity } from './anonymisation';

describe('anonymisationRefusal', () => {
  const now = new Date('2026-11-30T00:00:00Z');
  const left = (deactivatedAt: string) => ({ id: 7, active: false, deactivatedAt: new Date(deactivatedAt), anonymisedAt: null });

  it('should refuse a person still working here', () => {
    expect(anonymisationRefusal({ id: 7, active: true, deactivatedAt: null, anonymisedAt: null }, 60, now)).toContain('đã nghỉ việc');
  });

  it('should refuse before the retention period is over, saying from when', () => {
    expect(anonymisationRefusal(left('2022-01-15T00:00:00Z'), 60, now)).toBe('Chưa hết thời hạn lưu trữ 60 tháng sau khi nghỉ việc: có thể ẩn danh hóa từ ngày 15/01/2027.');
  });

  it('should allow once the retention period is over, and only once', () => {
    expect(anonymisationRefusal(left('2021-11-29T00:00:00Z'), 60, now)).toBeNull();
    expect(anonymisationRefusal({ ...left('2020-01-01T00:00:00Z'), anonymisedAt: now }, 60, now)).toContain('đã được ẩn danh hóa');
  });

  it('should give codes that fit the columns and name no one', () => {
    expect(anonymisedIdentity(123456)).toEqual({ employeeCode: 'AN-123456', username: 'an-123456', fullName: 'Người dùng đã ẩn danh #123456' });
  });
});
