import { HttpException, HttpStatus } from '@nestjs/common';

/** An upload the form refuses before anything is stored; the message is shown above the form. */
export class UploadRefusedException extends HttpException {
  public constructor(message: string, status: HttpStatus = HttpStatus.BAD_REQUEST) {
    super(message, status);
  }
}
