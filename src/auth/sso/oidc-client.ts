import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import * as oidc from 'openid-client';
import { AppConfig } from '../../config/app-config';
import { OidcSettings } from './sso-config';

const DISCOVERY_TIMEOUT_SECONDS = 5;
/** After a failed discovery, the next sign-in attempt tries again at most this often. */
const RETRY_AFTER_MS = 30_000;

/** What the browser must bring back to the callback, kept in an encrypted cookie (oidc-flow-cookie.ts). */
export interface PendingSignIn {
  codeVerifier: string;
  state: string;
  nonce: string;
  next: string | null;
}

/** Claims and tokens of a completed sign-in. */
export interface CompletedSignIn {
  claims: Record<string, unknown>;
  idToken: string;
}

/**
 * The portal's side of OpenID Connect (openid-client 6): discovery from OIDC_ISSUER, the
 * authorisation code flow with PKCE, state and nonce, and ID tokens whose signature, issuer,
 * audience and expiry are checked. A provider that does not answer discovery leaves the portal
 * running with local sign-in only (logged, and shown on /health).
 */
@Injectable()
export class OidcClient implements OnModuleInit {
  private readonly logger = new Logger('OidcClient');
  private readonly settings: OidcSettings | null;
  private configuration: oidc.Configuration | null = null;
  private lastError: string | null = null;
  private lastAttemptAt = 0;

  public constructor(private readonly config: AppConfig) {
    this.settings = config.sso.oidc;
  }

  public get enabled(): boolean {
    return this.settings !== null;
  }

  public get buttonLabel(): string | null {
    return this.settings?.buttonLabel ?? null;
  }

  public get redirectUri(): string {
    return `${this.config.publicUrl}/auth/oidc/callback`;
  }

  /** For /health: null when OIDC is not configured. */
  public status(): { issuer: string; state: 'ready' | 'unavailable'; error?: string } | null {
    if (!this.settings) return null;
    if (this.configuration) return { issuer: this.settings.issuer.href, state: 'ready' };
    return { issuer: this.settings.issuer.href, state: 'unavailable', error: this.lastError ?? 'not yet discovered' };
  }

  public async onModuleInit(): Promise<void> {
    if (!this.settings) return;
    await this.discover();
  }

  /** The provider's configuration, discovering it again if the last attempt failed long enough ago. */
  public async ready(): Promise<oidc.Configuration | null> {
    if (this.configuration || !this.settings) return this.configuration;
    if (Date.now() - this.lastAttemptAt >= RETRY_AFTER_MS) await this.discover();
    return this.configuration;
  }

  public async startSignIn(configuration: oidc.Configuration, next: string | null): Promise<{ url: string; pending: PendingSignIn }> {
    const pending: PendingSignIn = { codeVerifier: oidc.randomPKCECodeVerifier(), state: oidc.randomState(), nonce: oidc.randomNonce(), next };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: 'openid profile email',
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url: url.href, pending };
  }

  /** Exchanges the code; throws when anything does not check out (state, code, ID token). */
  public async completeSignIn(configuration: oidc.Configuration, query: string, pending: PendingSignIn): Promise<CompletedSignIn> {
    const currentUrl = new URL(`${this.redirectUri}${query}`);
    const tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const claims = { ...(tokens.claims() ?? {}) } as Record<string, unknown>;
    const matchClaim = this.settings!.matchClaim;
    if (claims[matchClaim] === undefined && tokens.access_token) {
      // Some providers put employee codes only in the userinfo answer.
      Object.assign(claims, await oidc.fetchUserInfo(configuration, tokens.access_token, String(claims.sub)), claims);
    }
    return { claims, idToken: tokens.id_token ?? '' };
  }

  /** The provider's end-session address (RP-initiated logout), or null when it has none. */
  public endSessionUrl(idToken: string | undefined): string | null {
    if (!this.configuration || !this.configuration.serverMetadata().end_session_endpoint) return null;
    const parameters: Record<string, string> = { post_logout_redirect_uri: `${this.config.publicUrl}/login`, client_id: this.settings!.clientId };
    if (idToken) parameters.id_token_hint = idToken;
    return oidc.buildEndSessionUrl(this.configuration, parameters).href;
  }

  private async discover(): Promise<void> {
    const settings = this.settings!;
    this.lastAttemptAt = Date.now();
    try {
      const configuration = await oidc.discovery(settings.issuer, settings.clientId, { client_secret: settings.clientSecret }, oidc.ClientSecretBasic(settings.clientSecret), {
        execute: settings.insecureLoopback ? [oidc.allowInsecureRequests] : [],
        timeout: DISCOVERY_TIMEOUT_SECONDS,
      });
      // The ID token's signature is checked too, not only trusted because it came over TLS.
      oidc.enableNonRepudiationChecks(configuration);
      this.configuration = configuration;
      this.lastError = null;
      this.logger.log(`OpenID Connect issuer ${settings.issuer.href} discovered: "${settings.buttonLabel}" is offered on the sign-in page`);
    } catch (error) {
      this.lastError = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      this.logger.warn(`OpenID Connect issuer ${settings.issuer.href} did not answer discovery (${this.lastError}): the portal runs with local sign-in only until it does`);
    }
  }
}
