import { SignedInUser } from '../access/signed-in-user';
import { Role } from '../access/role';

export interface NavigationItem {
  href: string;
  label: string;
  current: boolean;
}

const ITEMS: Array<{ href: string; label: string; roles: Role[] }> = [
  { href: '/my', label: 'Trang của tôi', roles: [Role.Learner, Role.Head, Role.Hr, Role.Admin] },
  { href: '/courses', label: 'Khóa học', roles: [Role.Learner, Role.Head, Role.Hr, Role.Admin] },
  { href: '/certificates', label: 'Giấy chứng nhận', roles: [Role.Learner, Role.Head, Role.Hr, Role.Admin] },
  { href: '/notices', label: 'Thông báo', roles: [Role.Learner, Role.Head, Role.Hr, Role.Admin] },
  { href: '/head', label: 'Đơn vị của tôi', roles: [Role.Head] },
  { href: '/hr', label: 'Tổng quan', roles: [Role.Hr] },
  { href: '/admin', label: 'Quản trị', roles: [Role.Admin] },
  { href: '/assignments', label: 'Phân công', roles: [Role.Hr, Role.Admin] },
  { href: '/reports/compliance', label: 'Báo cáo', roles: [Role.Head, Role.Hr, Role.Admin] },
  { href: '/departments', label: 'Đơn vị', roles: [Role.Head, Role.Hr, Role.Admin] },
  { href: '/people', label: 'Cán bộ', roles: [Role.Head, Role.Hr, Role.Admin] },
  { href: '/drills', label: 'Diễn tập', roles: [Role.Head, Role.Hr, Role.Admin] },
  { href: '/admin/audit', label: 'Nhật ký', roles: [Role.Admin] },
  { href: '/report-phish', label: 'Báo cáo thư đáng ngờ', roles: [Role.Learner, Role.Head, Role.Hr, Role.Admin] },
];

/** The menu a person sees: only what their role may open, with the current section marked. */
export function navigationFor(user: SignedInUser | undefined, path: string): NavigationItem[] {
  if (!user) return [];
  return ITEMS.filter((item) => item.roles.includes(user.role)).map((item) => ({
    href: item.href,
    label: item.label,
    current: path === item.href || (item.href !== '/admin' && path.startsWith(`${item.href}/`)),
  }));
}
