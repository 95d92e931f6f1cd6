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
