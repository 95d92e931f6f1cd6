import { SignedInUser } from '../../src/access/signed-in-user';
import { Role } from '../../src/access/role';

/** A signed-in person of the given role in department /1/4/, for tests that never reach a database. */
export function signedInUser(role: Role, overrides: Partial<SignedInUser> = {}): SignedInUser {
  return { id: 1, username: 'x', employeeCode: 'X1', fullName: 'X', role, departmentId: 4, departmentName: 'Sở', departmentPath: '/1/4/', mustChangePassword: false, ...overrides };
}
