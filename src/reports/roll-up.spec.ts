import { rollUp } from './roll-up';

describe('rollUp', () => {
  const departments = [
    { id: 1, code: 'TINH', name: 'UBND tỉnh', path: '/1/', depth: 0 },
    { id: 2, code: 'SO', name: 'Sở', path: '/1/2/', depth: 1 },
    { id: 3, code: 'PHONG', name: 'Phòng', path: '/1/2/3/', depth: 2 },
    { id: 4, code: 'XA', name: 'Xã', path: '/1/4/', depth: 1 },
  ];
  const counts = new Map([
    [2, { completed: 1, expired: 0, overdue: 1, in_progress: 0, not_started: 0 }],
    [3, { completed: 3, expired: 1, overdue: 0, in_progress: 2, not_started: 1 }],
  ]);

  it('should count every sub-department into its ancestors', () => {
    const [province, department, office, commune] = rollUp(departments, counts);
    expect(office).toMatchObject({ assigned: 7, completed: 3, expired: 1, inProgress: 2, notStarted: 1, overdue: 0, completionRate: 42.9 });
    expect(department).toMatchObject({ assigned: 9, completed: 4, overdue: 1, completionRate: 44.4 });
    expect(province).toMatchObject({ assigned: 9, completed: 4 });
    expect(commune).toMatchObject({ assigned: 0, completionRate: null });
  });
});
