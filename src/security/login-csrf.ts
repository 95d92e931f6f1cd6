import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Request, Response } from 'express';
import { AppConfig } from '../config/app-config';
import { formField } from '../web/form-field';
import { readCookie } from '../web/read-cookie';

export const LOGIN_CSRF_COOKIE = 'attt.login-csrf';
const MAX_AGE_MS = 2 * 60 * 60 * 1000;

/**
 * The sign-in form's CSRF token, kept in a signed cookie (double submit) instead of a session:
 * a stored session per visitor of the sign-in page was a cheap way to fill the disk (issue 10,
 * finding 5). Signed with a key derived from SESSION_SECRET, so a cookie planted by a
 * neighbouring site cannot be forged.
 */
@Injectable()
export class LoginCsrf {
  private readonly key: Buffer;
  private readonly secure: boolean;

  public constructor(config: AppConfig) {
    this.key = createHmac('sha256', config.sessionSecret).update('login-csrf').digest();
    this.secure = config.publicUrl.startsWith('https:');
  }

  /** The token for the form, reusing the visitor's cookie when it is still valid. */
  public tokenFor(request: Request, response: Response): string {
    const existing = this.tokenInCookie(request);
    if (existing) return existing;
    const token = randomBytes(24).toString('base64url');
    response.cookie(LOGIN_CSRF_COOKIE, `${token}.${this.sign(token)}`, { httpOnly: true, sameSite: 'lax', secure: this.secure, path: '/login', maxAge: MAX_AGE_MS });
    return token;
  }

  /** True when the form's `_csrf` field matches the signed cookie. */
  public isValid(request: Request): boolean {
    const sent = formField(request, '_csrf');
    const expected = this.tokenInCookie(request);
    return typeof sent === 'string' && expected !== null && sameText(sent, expected);
  }

  private tokenInCookie(request: Request): string | null {
    const value = readCookie(request, LOGIN_CSRF_COOKIE);
    const [token, signature] = value?.split('.') ?? [];
    return token && signature && sameText(signature, this.sign(token)) ? token : null;
  }

  private sign(token: string): string {
    return createHmac('sha256', this.key).update(token).digest('base64url');
  }
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
