import { ArgumentsHost, BadRequestException, Catch, ExceptionFilter, HttpException, HttpStatus, PayloadTooLargeException } from '@nestjs/common';
import { Request, Response } from 'express';
import { csrfTokenFor } from '../security/csrf';
import { formView } from './import-views';
import { UploadRefusedException } from './upload-refused.exception';

export const MAX_UPLOAD_MB = 5;

/**
 * Shows a refused upload (too big, wrong type, no file, a broken multipart body) above the form
 * again, in Vietnamese, rather than on a bare error page. Multer's own messages are English.
 */
@Catch(UploadRefusedException, PayloadTooLargeException, BadRequestException)
export class UploadErrorFilter implements ExceptionFilter {
  public catch(exception: HttpException, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    response.status(exception.getStatus()).render('import/index', { ...formView(messageFor(exception)), csrfToken: csrfTokenFor(request) });
  }
}

function messageFor(exception: HttpException): string {
  if (exception instanceof UploadRefusedException) return exception.message;
  if (exception.getStatus() === HttpStatus.PAYLOAD_TOO_LARGE) return `Tệp lớn hơn ${MAX_UPLOAD_MB} MB. Hãy chia danh sách thành nhiều tệp nhỏ hơn.`;
  return 'Không đọc được tệp tải lên. Hãy chọn lại một tệp CSV và thử lại.';
}
