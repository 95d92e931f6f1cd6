import { Role } from '../users/role';
import { departmentScope, scopeIncludesDepartment } from './access-scope';
import { SignedInUser } from './signed-in-user';

const person = (role: Role): SignedInUser => ({
  id: 1, username: 'x', employeeCode: 'X1', fullName: 'X', role, departmentId: 4, departmentName: 'Sở', departmentPath: '/1/4/', mustChangePassword: false,
});

describe('departmentScope', () => {
  it('should give HR and admins every department', () => {
    for (const role of [Role.Hr, Role.Admin]) expect(scopeIncludesDepartment(departmentScope(person(role)), '/1/7/')).toBe(true);
  });

  it('should give a head their department and its sub-departments only', () => {
    const scope = departmentScope(person(Role.Head));
    expect(scopeIncludesDepartment(scope, '/1/4/')).toBe(true);
    expect(scopeIncludesDepartment(scope, '/1/4/9/')).toBe(true);
    expect(scopeIncludesDepartment(scope, '/1/')).toBe(false);
    expect(scopeIncludesDepartment(scope, '/1/44/')).toBe(false);
  });

  it('should give a learner no department', () => {
    expect(scopeIncludesDepartment(departmentScope(person(Role.Learner)), '/1/4/')).toBe(false);
  });
});
