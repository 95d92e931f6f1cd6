import { Role } from './role';
import { SignedInUser } from './signed-in-user';

/**
 * Which departments a person may read the records of (product.md §1): HR and admins every
 * department, a head their own department and its sub-departments, a learner none but themselves.
 */
export type DepartmentScope = { kind: 'all' } | { kind: 'subtree'; pathPrefix: string } | { kind: 'self' };

export function departmentScope(user: SignedInUser): DepartmentScope {
  switch (user.role) {
    case Role.Admin:
    case Role.Hr:
      return { kind: 'all' };
    case Role.Head:
      return { kind: 'subtree', pathPrefix: user.departmentPath };
    default:
      return { kind: 'self' };
  }
}

export function scopeIncludesDepartment(scope: DepartmentScope, departmentPath: string): boolean {
  if (scope.kind === 'all') return true;
  return scope.kind === 'subtree' && departmentPath.startsWith(scope.pathPrefix);
}
