import { HttpStatus, Injectable } from '@nestjs/common';
import { Request, Response } from 'express';
import { AuditAction } from '../../audit/audit-actions';
import { AuditService } from '../../audit/audit.service';
import { HOME_BY_ROLE, SignedInUser } from '../../access/signed-in-user';
import { AppConfig } from '../../config/app-config';
import { markSignedIn } from '../../sessions/session-lifetime';
import { UsersService } from '../../users/users.service';
import { OidcClient } from './oidc-client';
import { OidcFlowCookie } from './oidc-flow-cookie';
import { refusalMessage } from './refusal-messages';
import { SsoIdentities, stringClaim } from './sso-identities';

/** A redirect, or the refusal page with its status. */
export type OidcOutcome = { redirect: string } | { status: HttpStatus; view: RefusalView };

export interface RefusalView {
  title: string;
  message: string;
  contact: string;
  passwordForm: boolean;
}

const UNAVAILABLE = 'Hệ thống đăng nhập của cơ quan (tài khoản công vụ) tạm thời không phản hồi. Vui lòng thử lại sau ít phút.';
const EXPIRED = 'Phiên đăng nhập đã hết hạn hoặc không hợp lệ (có thể bạn đã mở lại một liên kết cũ). Vui lòng bắt đầu đăng nhập lại.';
const FAILED = 'Không xác nhận được thông tin đăng nhập do nhà cung cấp định danh gửi về. Vui lòng đăng nhập lại; nếu vẫn không được, hãy liên hệ quản trị viên.';
const DENIED = 'Việc đăng nhập bằng tài khoản công vụ đã bị hủy hoặc bị từ chối tại hệ thống của cơ quan.';

/**
 * The OpenID Connect sign-in: anonymous by nature (no signed-in actor), so the checks are the
 * flow's own — the encrypted flow cookie, state, nonce, PKCE and the ID token — and every refusal
 * is audited and ends on a Vietnamese page, never a 500.
 */
@Injectable()
export class OidcSignInService {
  public constructor(
    private readonly client: OidcClient,
    private readonly flowCookie: OidcFlowCookie,
    private readonly identities: SsoIdentities,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  public get enabled(): boolean {
    return this.client.enabled;
  }

  public async start(request: Request, response: Response, next: string | null): Promise<OidcOutcome> {
    const configuration = await this.client.ready();
    if (!configuration) return this.unavailable(request);
    const { url, pending } = await this.client.startSignIn(configuration, next);
    this.flowCookie.set(response, pending);
    return { redirect: url };
  }

  public async complete(request: Request, response: Response): Promise<OidcOutcome> {
    const pending = this.flowCookie.take(request, response);
    const query = request.originalUrl.includes('?') ? request.originalUrl.slice(request.originalUrl.indexOf('?')) : '';
    const providerError = request.query.error;
    if (providerError !== undefined) {
      await this.callbackFailed(request, { error: (typeof providerError === 'string' ? providerError : 'malformed').slice(0, 100) });
      return this.refuse(HttpStatus.UNAUTHORIZED, providerError === 'access_denied' ? DENIED : FAILED);
    }
    if (!pending) {
      await this.callbackFailed(request, { error: 'missing_or_expired_flow_cookie' });
      return this.refuse(HttpStatus.BAD_REQUEST, EXPIRED);
    }
    const configuration = await this.client.ready();
    if (!configuration) return this.unavailable(request);
    let completed;
    try {
      completed = await this.client.completeSignIn(configuration, query, pending);
    } catch (error) {
      await this.callbackFailed(request, describeError(error));
      return this.refuse(HttpStatus.BAD_REQUEST, FAILED);
    }
    return this.signInPerson(request, completed.claims, completed.idToken, pending.next);
  }

  private async signInPerson(request: Request, claims: Record<string, unknown>, idToken: string, next: string | null): Promise<OidcOutcome> {
    const settings = this.config.sso.oidc!;
    const ip = request.ip ?? '';
    const value = stringClaim(claims, settings.matchClaim);
    let person = await this.identities.findPerson(settings.matchField, value);
    if (person === 'no-person') person = (await this.identities.createFromClaims(claims, ip)) ?? person;
    const user = typeof person === 'string' ? null : await this.users.findSignedInUser(person.id);
    if (!user) {
      const reason = typeof person === 'string' ? person : 'no-person';
      await this.audit.record({ action: AuditAction.SsoRefused, actorName: subjectOf(claims).slice(0, 64), ip, details: { via: 'oidc', reason, claim: settings.matchClaim, value } });
      return this.refuse(HttpStatus.FORBIDDEN, refusalMessage(reason, this.config.sso.contact));
    }
    await this.logIn(request, { ...user, mustChangePassword: false, signedInWith: 'oidc' });
    request.session.oidcIdToken = idToken;
    await this.audit.record({ action: AuditAction.SsoSignIn, actor: user, ip, details: { via: 'oidc', sub: subjectOf(claims) } });
    return { redirect: next ?? HOME_BY_ROLE[user.role] };
  }

  /** passport's req.login gives the session a new id, like a password sign-in. */
  private async logIn(request: Request, user: SignedInUser): Promise<void> {
    await new Promise<void>((resolve, reject) => request.login(user, (error?: Error) => (error ? reject(error) : resolve())));
    markSignedIn(request);
  }

  private async unavailable(request: Request): Promise<OidcOutcome> {
    await this.audit.record({ action: AuditAction.SsoUnavailable, ip: request.ip, details: this.client.status() ?? undefined });
    return this.refuse(HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE);
  }

  private async callbackFailed(request: Request, details: Record<string, unknown>): Promise<void> {
    await this.audit.record({ action: AuditAction.SsoCallbackFailed, ip: request.ip, details });
  }

  private refuse(status: HttpStatus, message: string): OidcOutcome {
    return { status, view: { title: 'Không đăng nhập được', message, contact: this.config.sso.contact, passwordForm: this.config.sso.localLogin || this.config.sso.ldap !== null } };
  }
}

function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: String(error).slice(0, 200) };
  const withCode = error as Error & { code?: string; error?: string };
  // openid-client wraps the precise reason ("unexpected state", "JWT signature verification failed") in `cause`.
  const cause = error.cause instanceof Error ? error.cause : null;
  const reason = cause && cause.message !== error.message ? `${error.message}: ${cause.message}` : error.message;
  return { error: withCode.error ?? withCode.code ?? error.name, message: reason.slice(0, 300) };
}

/** The ID token's `sub` claim as text; it is a string by the OpenID Connect specification. */
function subjectOf(claims: Record<string, unknown>): string {
  return typeof claims.sub === 'string' ? claims.sub : '';
}
