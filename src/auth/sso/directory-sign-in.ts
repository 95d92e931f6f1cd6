import { HttpStatus, Injectable } from '@nestjs/common';
import { AuditAction } from '../../audit/audit-actions';
import { AuditService } from '../../audit/audit.service';
import { SignedInUser } from '../../access/signed-in-user';
import { AppConfig } from '../../config/app-config';
import { UsersService } from '../../users/users.service';
import { LdapDirectory } from './ldap-directory';
import { refusalMessage } from './refusal-messages';
import { SsoIdentities } from './sso-identities';

/** The directory's verdict on a sign-in form, already audited. */
export type DirectoryVerdict =
  { kind: 'signed-in'; user: SignedInUser } | { kind: 'refused'; message: string; status: HttpStatus; passwordWasRight: boolean } | { kind: 'not-in-directory' } | { kind: 'unavailable' };

export const DIRECTORY_UNAVAILABLE = 'Không kết nối được hệ thống tài khoản của cơ quan. Vui lòng thử lại sau ít phút hoặc liên hệ quản trị viên.';

/** The username and password form checked against LDAP / Active Directory (product.md §12). */
@Injectable()
export class DirectorySignIn {
  public constructor(
    private readonly directory: LdapDirectory,
    private readonly identities: SsoIdentities,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  public get enabled(): boolean {
    return this.directory.enabled;
  }

  /** Called by AuthService after the sign-in limiter has taken this attempt. */
  public async check(username: string, password: string, ip: string, wrongCredentials: string): Promise<DirectoryVerdict> {
    const answer = await this.directory.authenticate(username, password);
    const name = username.slice(0, 64);
    if (answer.kind === 'not-found') return { kind: 'not-in-directory' };
    if (answer.kind === 'unavailable') {
      await this.audit.record({ action: AuditAction.LdapUnavailable, actorName: name, ip, details: { error: answer.reason } });
      return { kind: 'unavailable' };
    }
    if (answer.kind === 'wrong-password') {
      await this.audit.record({ action: AuditAction.LdapSignInFailed, actorName: name, ip, details: { reason: 'wrong_password' } });
      return { kind: 'refused', message: wrongCredentials, status: HttpStatus.UNAUTHORIZED, passwordWasRight: false };
    }
    const settings = this.config.sso.ldap!;
    const person = await this.identities.findPerson(settings.matchField, answer.matchValue);
    if (typeof person === 'string') {
      await this.audit.record({ action: AuditAction.SsoRefused, actorName: name, ip, details: { via: 'ldap', reason: person, attribute: settings.matchAttribute, value: answer.matchValue } });
      return { kind: 'refused', message: refusalMessage(person, this.config.sso.contact), status: HttpStatus.FORBIDDEN, passwordWasRight: true };
    }
    const user = await this.users.findSignedInUser(person.id);
    if (!user) return { kind: 'refused', message: wrongCredentials, status: HttpStatus.UNAUTHORIZED, passwordWasRight: true };
    // The directory's password is the one that counts: no local password change is asked for.
    return { kind: 'signed-in', user: { ...user, mustChangePassword: false, signedInWith: 'ldap' } };
  }
}
