import { Request } from 'express';

/**
 * One cookie of the request, for the few cookies read before any session exists (the sign-in
 * form's CSRF token, the OpenID Connect flow). A value that is not valid percent-encoding reads as
 * absent: a forged cookie must end in a refusal, not in a URIError and a 500.
 */
export function readCookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(value.join('='));
    } catch {
      return undefined;
    }
  }
  return undefined;
}
