import { CallHandler, CanActivate, ExecutionContext, ForbiddenException, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { csrfSync } from 'csrf-sync';
import { NextFunction, Request, Response } from 'express';
import { AuditAction } from '../audit/audit-actions';
import { AuditService } from '../audit/audit.service';
import { formField } from '../web/form-field';
import { LoginCsrf } from './login-csrf';

/** Synchroniser tokens kept in the session; forms send them in the hidden `_csrf` field, never in a URL. */
const csrf = csrfSync({
  getTokenFromRequest: (request) => (formField(request, '_csrf') as string | undefined) ?? (request.headers['x-csrf-token'] as string | undefined),
});

const CHECKED_AFTER_UPLOAD = 'csrfCheckedAfterUpload';

/**
 * Guards run before multer reads a multipart body, where the form's `_csrf` field is. An upload
 * route marked with this has its token checked by CsrfAfterUploadInterceptor, listed after the
 * FileInterceptor, instead of the token travelling (and being logged) in the action URL.
 */
export const CsrfCheckedAfterUpload = (): MethodDecorator => SetMetadata(CHECKED_AFTER_UPLOAD, true);

const TOKEN_IN_PATH = 'csrfTokenInPath';

/**
 * A route whose URL carries an unguessable one-person secret (a drill link, 256 bits): a forged
 * cross-site post would need that secret already, and its visitor has no session to hold a
 * synchroniser token. The route itself must change nothing but what its secret names.
 */
export const CsrfCoveredByPathSecret = (): MethodDecorator => SetMetadata(TOKEN_IN_PATH, true);

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
    private readonly reflector: Reflector,
  ) {}

  public async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    if (SAFE_METHODS.has(request.method) || csrf.isRequestValid(request)) return true;
    if (request.path === '/login' && !request.user && this.loginCsrf.isValid(request)) return true;
    if (request.is('multipart/form-data') && this.reflector.get<boolean>(CHECKED_AFTER_UPLOAD, context.getHandler())) return true;
    if (this.reflector.get<boolean>(TOKEN_IN_PATH, context.getHandler())) return true;
    return refuse(this.audit, request);
  }
}

/** Checks an upload's token once multer has read the form (see CsrfCheckedAfterUpload). */
@Injectable()
export class CsrfAfterUploadInterceptor implements NestInterceptor {
  public constructor(private readonly audit: AuditService) {}

  public async intercept(context: ExecutionContext, next: CallHandler): Promise<ReturnType<CallHandler['handle']>> {
    const request = context.switchToHttp().getRequest<Request>();
    if (!csrf.isRequestValid(request)) await refuse(this.audit, request);
    return next.handle();
  }
}

/** Audited where it is thrown, so the error filter does not audit it a second time. */
export class CsrfRejectedException extends ForbiddenException {}

async function refuse(audit: AuditService, request: Request): Promise<never> {
  await audit.record({
    action: AuditAction.CsrfRejected,
    actor: request.user ?? null,
    ip: request.ip,
    details: { method: request.method, path: request.path },
  });
  throw new CsrfRejectedException('Phiên làm việc đã hết hạn hoặc biểu mẫu không hợp lệ. Vui lòng tải lại trang và thử lại.');
}
