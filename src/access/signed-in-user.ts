import { Role } from './role';

/** What a request knows about the person signed in: loaded from the database on every request. */
export interface SignedInUser {
  id: number;
  username: string;
  employeeCode: string;
  fullName: string;
  role: Role;
  departmentId: number;
  departmentName: string;
  /** Materialised path of the person's department, for scope checks on subtrees. */
  departmentPath: string;
  mustChangePassword: boolean;
  /** Set on the sign-in request only: how the person proved who they are (kept in the session). */
  signedInWith?: 'password' | 'ldap' | 'oidc';
}

declare global {
  namespace Express {
    interface User extends SignedInUser {}
  }
}

export const HOME_BY_ROLE: Record<Role, string> = {
  [Role.Learner]: '/my',
  [Role.Head]: '/head',
  [Role.Hr]: '/hr',
  [Role.Admin]: '/admin',
};
