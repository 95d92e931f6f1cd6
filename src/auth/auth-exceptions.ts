import { HttpException, HttpStatus, UnauthorizedException } from '@nestjs/common';

/** A route needs a signed-in person; the error filter sends the browser to the sign-in page. */
export class SignInRequiredException extends UnauthorizedException {}

/** The person signed in with a one-time password and must set their own before anything else. */
export class PasswordChangeRequiredException extends HttpException {
  public constructor() {
    super('Password change required', HttpStatus.SEE_OTHER);
  }
}

/** A refused sign-in, with the Vietnamese message the form shows (401; 403 for a directory identity matching nobody; 429 when throttled; 503 when the directory is down). */
export class SignInRefusedException extends HttpException {
  public constructor(message: string, status: HttpStatus = HttpStatus.UNAUTHORIZED) {
    super(message, status);
  }
}
