import { auditDetailLines } from './audit-details';

describe('auditDetailLines', () => {
  it('should show an export\'s filters, with an empty filter as "all"', () => {
    expect(auditDetailLines({ department: 'STTTT', course: null, format: 'csv' })).toEqual([
      { label: 'Đơn vị', value: 'STTTT' },
      { label: 'Khóa học', value: 'tất cả' },
      { label: 'Định dạng', value: 'csv' },
    ]);
  });

  it("should show a revocation's reason and each role change", () => {
    expect(auditDetailLines({ reason: 'Cấp nhầm' })).toEqual([{ label: 'Lý do', value: 'Cấp nhầm' }]);
    expect(auditDetailLines({ roleChanges: [{ employeeCode: 'AH0010', from: 'learner', to: 'head' }] })).toEqual([{ label: 'Thay đổi vai trò', value: 'AH0010: learner → head' }]);
  });

  it('should show nothing for an event without details', () => {
    expect(auditDetailLines(null)).toEqual([]);
  });
});
