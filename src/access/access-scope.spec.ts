import { Role } from './role';
import { departmentScope, scopeIncludesDepartment } from './access-scope';
import { signedInUser as person } from '../../test/factories/signed-in-user.factory';

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
