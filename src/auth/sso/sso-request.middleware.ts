import { Injectable, NestMiddleware } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';
import { AppConfig } from '../../config/app-config';
import { safeLocalPath } from '../safe-redirect';
import { OidcClient } from './oidc-client';

/**
 * Two things every request needs from SSO: what the sign-in page offers (response.locals.sso),
 * and that a person signed in through the directory or the provider is never sent to change a
 * local password they do not use.
 */
@Injectable()
export class SsoRequestMiddleware implements NestMiddleware {
  public constructor(
    private readonly oidc: OidcClient,
    private readonly config: AppConfig,
  ) {}

  public use(request: Request, response: Response, next: NextFunction): void {
    const signedInWith = request.session?.signedInWith;
    if (request.user && (signedInWith === 'oidc' || signedInWith === 'ldap')) request.user.mustChangePassword = false;
    const ready = this.oidc.status()?.state === 'ready';
    // A provider that was down at start is tried again (at most every 30 s) when someone opens the sign-in page.
    if (this.oidc.enabled && !ready && request.path === '/login') void this.oidc.ready();
    response.locals.sso = {
      oidcLabel: ready ? this.oidc.buttonLabel : null,
      oidcHref: oidcStartPath(request.query?.next),
      passwordForm: this.config.sso.localLogin || this.config.sso.ldap !== null,
    };
    next();
  }
}

/** The SSO button keeps the page the person wanted (`/login?next=…`), like the password form. */
function oidcStartPath(next: unknown): string {
  const path = safeLocalPath(next);
  return path ? `/auth/oidc?next=${encodeURIComponent(path)}` : '/auth/oidc';
}
