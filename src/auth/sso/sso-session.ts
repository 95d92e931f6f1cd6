declare module 'express-session' {
  interface SessionData {
    /** How the person signed in: a local password, the directory (LDAP) or the identity provider. */
    signedInWith?: 'password' | 'ldap' | 'oidc';
    /** The provider's ID token, sent back as id_token_hint at sign-out (RP-initiated logout). */
    oidcIdToken?: string;
  }
}

export {};
