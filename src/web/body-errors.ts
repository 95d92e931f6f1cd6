import { BadRequestException, HttpException, PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';

/** Kept in step with the body parsers' `limit` in app.setup.ts. */
export const BODY_LIMIT = '200kb';

/** The shape of body-parser's errors (http-errors): a 4xx status and a machine-readable type. */
interface BodyParserError {
  status: number;
  type: string;
}

const MESSAGES: Record<string, () => HttpException> = {
  'entity.too.large': () => new PayloadTooLargeException('Nội dung gửi lên quá lớn (tối đa 200 KB). Vui lòng rút gọn rồi gửi lại.'),
  'charset.unsupported': () => new UnsupportedMediaTypeException('Bảng mã của nội dung gửi lên không được hỗ trợ; hãy dùng UTF-8.'),
  'encoding.unsupported': () => new UnsupportedMediaTypeException('Kiểu nén của nội dung gửi lên không được hỗ trợ.'),
  'entity.parse.failed': () => new BadRequestException('Nội dung gửi lên không đọc được.'),
  'entity.verify.failed': () => new BadRequestException('Nội dung gửi lên không đọc được.'),
  'request.aborted': () => new BadRequestException('Yêu cầu bị ngắt giữa chừng.'),
  'request.size.invalid': () => new BadRequestException('Độ dài nội dung gửi lên không khớp.'),
  'stream.encoding.set': () => new BadRequestException('Nội dung gửi lên không đọc được.'),
};

/**
 * A body the parsers refused reaches the exception filter as a plain error, which used to become
 * a 500 (issue 10, finding 4): turn it into the matching 4xx with a Vietnamese message.
 */
export function bodyParserException(error: unknown): HttpException | null {
  if (typeof error !== 'object' || error === null) return null;
  const { status, type } = error as Partial<BodyParserError>;
  if (typeof status !== 'number' || status < 400 || status >= 500 || typeof type !== 'string') return null;
  return MESSAGES[type]?.() ?? new BadRequestException('Yêu cầu không hợp lệ.');
}
