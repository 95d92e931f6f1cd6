import { HttpStatus, Injectable } from '@nestjs/common';
import { AuditAction } from '../audit/audit-actions';
import { AuditService } from '../audit/audit.service';
import { AppConfig, PasswordPolicy } from '../config/app-config';
import { DIRECTORY_UNAVAILABLE, DirectorySignIn } from './sso/directory-sign-in';
import { UsersService } from '../users/users.service';
import { SignInRefusedException } from './auth-exceptions';
import { LoginThrottle } from './login-throttle';
import { verifyPassword } from '../users/password-hasher';
import { passwordProblem } from '../users/password-policy';
import { SignedInUser } from '../access/signed-in-user';

export const WRONG_CREDENTIALS = 'Tên đăng nhập hoặc mật khẩu không đúng.';

@Injectable()
export class AuthService {
  public constructor(
    private readonly users: UsersService,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly directory: DirectorySignIn,
  ) {}

  /** Checks a sign-in attempt; throws SignInRefusedException with the message the form shows. */
  public async verifyCredentials(username: string, password: string, ip: string): Promise<SignedInUser> {
    const waitMs = await this.throttle.consumeAttempt(username, ip);
    if (waitMs > 0) {
      await this.audit.record({ action: AuditAction.SignInBlocked, actorName: username, ip });
      throw new SignInRefusedException(tooManyAttempts(waitMs), HttpStatus.TOO_MANY_REQUESTS);
    }
    const fromDirectory = await this.checkDirectory(username, password, ip);
    if (fromDirectory !== null) return fromDirectory;
    const user = await this.users.findActiveByUsername(username);
    // LOCAL_LOGIN=false, or an admin turned local passwords off for this person: SSO only.
    const localAllowed = this.config.sso.localLogin && !user?.localLoginDisabled;
    if (!(await verifyPassword(password, user?.passwordHash ?? null)) || !user || !localAllowed) {
      await this.audit.record({ action: AuditAction.SignInFailed, actorName: username, ip, details: user && !localAllowed ? { reason: 'local_login_disabled' } : undefined });
      throw new SignInRefusedException(WRONG_CREDENTIALS);
    }
    await this.throttle.refundAttempt(username, ip);
    const signedIn = await this.users.findSignedInUser(user.id);
    if (!signedIn) throw new SignInRefusedException(WRONG_CREDENTIALS);
    return signedIn;
  }

  /**
   * With LDAP_URL the directory answers first (product.md §12). Returns the person when the
   * directory signed them in, null when the name is not in the directory (or the directory is
   * down and local passwords are allowed): the local password is then checked.
   */
  private async checkDirectory(username: string, password: string, ip: string): Promise<SignedInUser | null> {
    if (!this.directory.enabled) return null;
    const verdict = await this.directory.check(username, password, ip, WRONG_CREDENTIALS);
    if (verdict.kind === 'signed-in') {
      await this.throttle.refundAttempt(username, ip);
      return verdict.user;
    }
    if (verdict.kind === 'refused') {
      if (verdict.passwordWasRight) await this.throttle.refundAttempt(username, ip);
      throw new SignInRefusedException(verdict.message, verdict.status);
    }
    if (verdict.kind === 'unavailable' && !this.config.sso.localLogin) throw new SignInRefusedException(DIRECTORY_UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE);
    return null;
  }

  public async recordSignIn(user: SignedInUser, ip: string): Promise<void> {
    await this.audit.record({ action: AuditAction.SignIn, actor: user, ip });
  }

  public async recordSignOut(user: SignedInUser, ip: string): Promise<void> {
    await this.audit.record({ action: AuditAction.SignOut, actor: user, ip });
  }

  /**
   * Checks the current password under the sign-in limiter (same counts, so the form cannot be used
   * to guess a password the sign-in page would block), then sets the new one.
   */
  public async changePassword(user: SignedInUser, input: { currentPassword: string; newPassword: string; confirmPassword: string }, ip: string): Promise<PasswordChangeOutcome> {
    const waitMs = await this.throttle.consumeAttempt(user.username, ip);
    if (waitMs > 0) {
      await this.audit.record({ action: AuditAction.PasswordCheckBlocked, actor: user, ip });
      return { status: HttpStatus.TOO_MANY_REQUESTS, errors: { currentPassword: tooManyAttempts(waitMs) } };
    }
    const account = await this.users.findById(user.id);
    if (!account || !(await verifyPassword(input.currentPassword, account.passwordHash))) {
      await this.audit.record({ action: AuditAction.PasswordCheckFailed, actor: user, ip });
      return { status: HttpStatus.UNPROCESSABLE_ENTITY, errors: { currentPassword: 'Mật khẩu hiện tại không đúng.' } };
    }
    await this.throttle.refundAttempt(user.username, ip);
    const errors = newPasswordErrors(input, user, this.config.passwordPolicy) ?? (await this.reuseErrors(user, input.newPassword));
    if (errors) return { status: HttpStatus.UNPROCESSABLE_ENTITY, errors };
    await this.users.setPassword(user.id, input.newPassword);
    await this.audit.record({ action: AuditAction.PasswordChanged, actor: user, target: { type: 'user', id: user.id }, ip });
    return null;
  }

  private async reuseErrors(user: SignedInUser, newPassword: string): Promise<Record<string, string> | null> {
    if (!(await this.users.isRecentPassword(user.id, newPassword))) return null;
    const count = this.config.passwordPolicy.history;
    return { newPassword: count > 1 ? `Không được dùng lại một trong ${count} mật khẩu gần nhất.` : 'Mật khẩu mới phải khác mật khẩu hiện tại.' };
  }
}

/** Null when the password was changed; otherwise the status and the form's messages. */
export type PasswordChangeOutcome = { status: HttpStatus; errors: Record<string, string> } | null;

function newPasswordErrors(input: { currentPassword: string; newPassword: string; confirmPassword: string }, user: SignedInUser, policy: PasswordPolicy): Record<string, string> | null {
  const problem = passwordProblem(input.newPassword, user, policy);
  if (problem) return { newPassword: problem };
  if (input.newPassword !== input.confirmPassword) return { confirmPassword: 'Mật khẩu nhập lại không khớp.' };
  if (input.newPassword === input.currentPassword) return { newPassword: 'Mật khẩu mới phải khác mật khẩu hiện tại.' };
  return null;
}

function tooManyAttempts(waitMs: number): string {
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  return `Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút hoặc liên hệ quản trị viên.`;
}
