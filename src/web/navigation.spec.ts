import { SignedInUser } from '../access/signed-in-user';
import { Role } from '../access/role';
import { navigationFor } from './navigation';

const person = (role: Role): SignedInUser => ({
  id: 1,
  username: 'x',
  employeeCode: 'X1',
  fullName: 'X',
  role,
  departmentId: 1,
  departmentName: 'Sở',
  departmentPath: '/1/',
  mustChangePassword: false,
});

describe('navigationFor', () => {
  it('should show a learner only their own pages', () => {
    expect(navigationFor(person(Role.Learner), '/my').map((item) => item.href)).toEqual(['/my', '/courses', '/certificates', '/notices', '/report-phish']);
  });

  it('should mark the current section', () => {
    const items = navigationFor(person(Role.Admin), '/admin/audit');
    expect(items.filter((item) => item.current).map((item) => item.href)).toEqual(['/admin/audit']);
  });

  it('should show nothing to someone not signed in', () => {
    expect(navigationFor(undefined, '/login')).toEqual([]);
  });
});
