import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { Request } from 'express';
import { SignInRefusedException } from './auth-exceptions';
import { WRONG_CREDENTIALS } from './auth.service';

/**
 * Runs passport-local and starts the session. passport's req.login regenerates the session id,
 * so a session fixed before sign-in is worthless after it.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  public override async canActivate(context: ExecutionContext): Promise<boolean> {
    const allowed = (await super.canActivate(context)) as boolean;
    await super.logIn(context.switchToHttp().getRequest<Request>());
    return allowed;
  }

  /** A form sent without a name or password fails in passport-local before our check runs. */
  public override handleRequest<TUser>(error: unknown, user: TUser): TUser {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- rethrows what passport failed with, unchanged
    if (error) throw error;
    if (!user) throw new SignInRefusedException(WRONG_CREDENTIALS);
    return user;
  }
}
