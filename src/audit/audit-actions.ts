/** The names of audited events; reports and the audit page filter on these. */
export enum AuditAction {
  SignIn = 'auth.sign_in',
  SignInFailed = 'auth.sign_in_failed',
  SignInBlocked = 'auth.sign_in_blocked',
  SignOut = 'auth.sign_out',
  PasswordChanged = 'auth.password_changed',
  CsrfRejected = 'security.csrf_rejected',
  DemoDataLoaded = 'system.demo_data_loaded',
}

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  [AuditAction.SignIn]: 'Đăng nhập',
  [AuditAction.SignInFailed]: 'Đăng nhập thất bại',
  [AuditAction.SignInBlocked]: 'Đăng nhập bị chặn (sai quá nhiều lần)',
  [AuditAction.SignOut]: 'Đăng xuất',
  [AuditAction.PasswordChanged]: 'Đổi mật khẩu',
  [AuditAction.CsrfRejected]: 'Từ chối biểu mẫu không hợp lệ (CSRF)',
  [AuditAction.DemoDataLoaded]: 'Nạp dữ liệu mẫu',
};
