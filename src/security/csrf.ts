import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { csrfSync } from 'csrf-sync';
import { NextFunction, Request, Response } from 'express';
import { AuditAction } from '../audit/audit-actions';
import { AuditService } from '../audit/audit.service';
import { LoginCsrf } from './login-csrf';

/** Synchroniser tokens kept in the session; forms send them in the hidden `_csrf` field. */
const csrf = csrfSync({
  getTokenFromRequest: (request) =>
    (request.body?._csrf as string | undefined) ?? (request.headers['x-csrf-token'] as string | undefined) ?? multipartQueryToken(request),
});

/**
 * Guards run before multer reads a multipart body, so a file upload form carries its token in the
 * action URL (`?_csrf=…`). Accepted for multipart requests only: anywhere else a token in a URL
 * would be needless (and URLs end up in logs and histories).
 */
function multipartQueryToken(request: Request): string | undefined {
  const token = request.is('multipart/form-data') ? request.query?._csrf : undefined;
  return typeof token === 'string' ? token : undefined;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The session's token for a form rendered outside the normal GET flow (a refused upload). */
export function csrfTokenFor(request: Request): string {
  return csrf.generateToken(request);
}

/**
 * Makes the session's token available to every view as `csrfToken`, for signed-in people only:
 * a token stored for an anonymous visitor would store a session per request (issue 10, finding 5).
 * The sign-in form, the one anonymous form, keeps its token in a signed cookie (login-csrf.ts).
 */
export function exposeCsrfToken(request: Request, response: Response, next: NextFunction): void {
  if (SAFE_METHODS.has(request.method) && request.user) {
    response.locals.csrfToken = csrf.generateToken(request);
  }
  next();
}

/** Global guard: a state-changing request without the session's token changes nothing. */
@Injectable()
export class CsrfGuard implements CanActivate {
  public constructor(
    private readonly audit: AuditService,
    private readonly loginCsrf: LoginCsrf,
  ) {}

  public async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    if (SAFE_METHODS.has(request.method) || csrf.isRequestValid(request)) return true;
    if (request.path === '/login' && !request.user && this.loginCsrf.isValid(request)) return true;
    await this.audit.record({
      action: AuditAction.CsrfRejected,
      actor: request.user ?? null,
      ip: request.ip,
      details: { method: request.method, path: request.path },
    });
    throw new ForbiddenException('Phiên làm việc đã hết hạn hoặc biểu mẫu không hợp lệ. Vui lòng tải lại trang và thử lại.');
  }
}
