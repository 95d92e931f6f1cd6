export enum Role {
  Learner = 'learner',
  Head = 'head',
  Hr = 'hr',
  Admin = 'admin',
}

export const ROLES: readonly Role[] = [Role.Learner, Role.Head, Role.Hr, Role.Admin];

export const ROLE_LABELS: Record<Role, string> = {
  [Role.Learner]: 'Học viên',
  [Role.Head]: 'Trưởng đơn vị',
  [Role.Hr]: 'Tổ chức cán bộ',
  [Role.Admin]: 'Quản trị hệ thống',
};
