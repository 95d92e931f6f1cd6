import { NextFunction, Request, Response } from 'express';
import '../auth/sso/sso-session';

declare module 'express-session' {
  interface SessionData {
    /** When the person signed in (ms since epoch): the session ends SESSION_MAX_HOURS later. */
    signedInAt?: number;
  }
}

/** Called at sign-in, once passport has given the session its new id. */
export function markSignedIn(request: Request, now = Date.now()): void {
  request.session.signedInAt = now;
  request.session.signedInWith = request.user?.signedInWith ?? 'password';
}

/**
 * Ends a signed-in session past its absolute lifetime, however active it was (QĐ 742); the idle
 * timeout is the cookie's and the store's expiry, renewed on every request. The request then goes
 * on as an anonymous one, which the access guard sends to the sign-in page.
 */
export function endSessionsPastLifetime(maxMs: number): (request: Request, response: Response, next: NextFunction) => void {
  return (request, _response, next) => {
    if (!request.user) return next();
    const signedInAt = request.session.signedInAt;
    // Sessions from before this rule get their lifetime counted from now.
    if (signedInAt === undefined) {
      markSignedIn(request);
      return next();
    }
    if (Date.now() - signedInAt < maxMs) return next();
    request.logout((logoutError) => {
      if (logoutError) return next(logoutError);
      request.session.destroy((destroyError) => next(destroyError));
    });
  };
}
