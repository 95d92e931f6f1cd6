import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Request, Response } from 'express';
import { AppConfig } from '../../config/app-config';
import { PendingSignIn } from './oidc-client';
import { readCookie } from '../../web/read-cookie';

export const OIDC_FLOW_COOKIE = 'attt.oidc-flow';
const PATH = '/auth/oidc';
const MAX_AGE_MS = 10 * 60 * 1000;

/**
 * Keeps the PKCE verifier, state and nonce between /auth/oidc and its callback in a short-lived
 * cookie encrypted and authenticated with AES-256-GCM (key derived from SESSION_SECRET), not in a
 * stored session: anonymous visitors create no stored sessions (issue 10, finding 5).
 */
@Injectable()
export class OidcFlowCookie {
  private readonly key: Buffer;
  private readonly secure: boolean;

  public constructor(config: AppConfig) {
    this.key = createHmac('sha256', config.sessionSecret).update('oidc-flow').digest();
    this.secure = config.publicUrl.startsWith('https:');
  }

  public set(response: Response, pending: PendingSignIn): void {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify({ ...pending, at: Date.now() }), 'utf8'), cipher.final()]);
    const value = [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url')).join('.');
    // lax: the provider sends the browser back with a top-level GET, which carries lax cookies.
    response.cookie(OIDC_FLOW_COOKIE, value, { httpOnly: true, sameSite: 'lax', secure: this.secure, path: PATH, maxAge: MAX_AGE_MS });
  }

  /** The pending sign-in, or null when the cookie is missing, forged or too old. Always cleared. */
  public take(request: Request, response: Response): PendingSignIn | null {
    response.clearCookie(OIDC_FLOW_COOKIE, { path: PATH });
    const value = readCookie(request, OIDC_FLOW_COOKIE);
    const [iv, tag, body] = (value ?? '').split('.').map((part) => Buffer.from(part, 'base64url'));
    if (!iv || !tag || !body || iv.length !== 12 || tag.length !== 16) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
      decipher.setAuthTag(tag);
      const pending = JSON.parse(Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8')) as PendingSignIn & { at: number };
      if (Date.now() - pending.at > MAX_AGE_MS) return null;
      return { codeVerifier: pending.codeVerifier, state: pending.state, nonce: pending.nonce, next: pending.next };
    } catch {
      return null;
    }
  }
}
