import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Injectable, Logger } from '@nestjs/common';
import { Request, Response } from 'express';
import { AuditAction } from '../audit/audit-actions';
import { AuditService } from '../audit/audit.service';
import { PasswordChangeRequiredException, SignInRequiredException } from '../auth/auth-exceptions';
import { isLandingPath, pathForLogs } from '../drills/drill-token';
import { CsrfRejectedException } from '../security/csrf';
import { bodyParserException } from './body-errors';
import { databaseUnavailableException, RETRY_AFTER_SECONDS } from './database-unavailable';

const TITLES: Record<number, string> = {
  400: 'Yêu cầu không hợp lệ',
  403: 'Không có quyền truy cập',
  404: 'Không tìm thấy trang',
  413: 'Nội dung gửi lên quá lớn',
  415: 'Định dạng không được hỗ trợ',
  422: 'Dữ liệu không hợp lệ',
  429: 'Quá nhiều yêu cầu',
  500: 'Đã có lỗi xảy ra',
  503: 'Hệ thống tạm thời gián đoạn',
};

/**
 * The one place errors become pages: sign-in redirects, Vietnamese error pages, and a logged
 * request id for every server error so support can find it.
 */
@Catch()
@Injectable()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpErrorFilter.name);

  public constructor(private readonly audit: AuditService) {}

  public async catch(thrown: unknown, host: ArgumentsHost): Promise<void> {
    const bodyError = bodyParserException(thrown);
    const outage = databaseUnavailableException(thrown);
    const exception = bodyError ?? outage ?? thrown;
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;

    if (exception instanceof SignInRequiredException) {
      const next = request.method === 'GET' ? `?next=${encodeURIComponent(request.originalUrl)}` : '';
      return response.redirect(303, `/login${next}`);
    }
    if (exception instanceof PasswordChangeRequiredException) return response.redirect(303, '/account/password');

    const status = exception instanceof HttpException ? exception.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR;
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- our genReqId (web/logging.ts) makes strings
    const requestId = String(request.id ?? '');
    const path = pathForLogs(request.path);
    if (outage) {
      // Hundreds of requests fail alike during an outage: one line each, without the stack.
      this.logger.error({ requestId, code: (thrown as { code?: unknown }).code, reason: (thrown as Error).message }, `Database unavailable on ${request.method} ${path}`);
    } else if (status >= 500) {
      this.logger.error({ err: exception, requestId }, `Unhandled error on ${request.method} ${path}`);
    } else if (bodyError) {
      // A client's mistake or probe, not a fault of ours: visible, but no alert.
      this.logger.warn({ requestId, status, type: (thrown as { type: string }).type }, `Refused request body on ${request.method} ${path}`);
    }
    if (isAuditedRefusal(request, status, exception)) await this.auditRefusal(request, status);
    if (response.headersSent) return;
    const message = (status < 500 || outage) && exception instanceof HttpException ? publicMessage(exception) : undefined;
    response.status(status);
    if (outage) response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    if (!request.accepts('html')) {
      response.json({ statusCode: status, message: message ?? TITLES[status] ?? 'Error' });
      return;
    }
    response.render(status === 404 ? 'errors/404' : 'errors/error', {
      title: TITLES[status] ?? TITLES[status >= 500 ? 500 : 400],
      status,
      message,
      requestId: status >= 500 ? requestId : undefined,
    });
  }

  private async auditRefusal(request: Request, status: number): Promise<void> {
    try {
      await this.audit.record({ action: AuditAction.AccessRefused, actor: request.user, ip: request.ip, details: { method: request.method, path: request.path.slice(0, 200), status } });
    } catch (error) {
      this.logger.error({ err: error }, 'Could not audit a refused request');
    }
  }
}

/**
 * A signed-in person refused a page (role) or a record (scope, answered 404) may be probing:
 * audited. A 404 for a path no route knows (a typo, a favicon) is not a refusal, nor is a drill
 * link that expired or was reduced to counts (and its path is a secret, kept out of the log).
 */
function isAuditedRefusal(request: Request, status: number, exception: unknown): boolean {
  if (!request.user || exception instanceof CsrfRejectedException || isLandingPath(request.path)) return false;
  return status === HttpStatus.FORBIDDEN || (status === HttpStatus.NOT_FOUND && !isRouteNotFound(exception));
}

/** Nest's own answer for a path no route knows: `Cannot GET /path` (core/router/routes-resolver). */
function isRouteNotFound(exception: unknown): boolean {
  return exception instanceof HttpException && /^Cannot [A-Z]+ /.test(exception.message);
}

/** Our own exceptions carry Vietnamese messages; Nest's built-in English ones are replaced. */
function publicMessage(exception: HttpException): string | undefined {
  const body = exception.getResponse();
  const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
  const text = Array.isArray(message) ? message.join(' ') : typeof message === 'string' ? message : undefined;
  return text && /[À-ỹ]/u.test(text) ? text : undefined;
}
