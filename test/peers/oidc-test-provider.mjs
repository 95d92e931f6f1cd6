// A real OpenID Connect provider (oidc-provider 8, panva) for the tests, on a loopback port, with
// its own signing key, client and accounts. It runs as a child process because oidc-provider and
// its dependencies are ES modules that jest's CommonJS runtime cannot load.
//
// Input (environment): OIDC_TEST_CLIENT = {"client_id","client_secret","redirect_uri","post_logout_redirect_uri"},
//                      OIDC_TEST_ACCOUNTS = {"<login>": {claims…}}.
// Output: one line "READY <issuer>" on stdout.
// Test control: GET /__test/mode/normal|expired|tampered changes what the token endpoint returns next.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';
import { exportJWK, generateKeyPair, SignJWT, decodeJwt } from 'jose';

const client = JSON.parse(process.env.OIDC_TEST_CLIENT);
const accounts = JSON.parse(process.env.OIDC_TEST_ACCOUNTS ?? '{}');
const { privateKey } = await generateKeyPair('RS256', { extractable: true });
const jwk = { ...(await exportJWK(privateKey)), kid: 'test-key-1', alg: 'RS256', use: 'sig' };
let mode = 'normal';

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: client.client_id,
    client_secret: client.client_secret,
    redirect_uris: [client.redirect_uri],
    post_logout_redirect_uris: [client.post_logout_redirect_uri],
    grant_types: ['authorization_code'],
    response_types: ['code'],
  }],
  jwks: { keys: [jwk] },
  cookies: { keys: ['oidc-test-provider-cookie-key'] },
  pkce: { methods: ['S256'], required: () => true },
  claims: { openid: ['sub'], email: ['email'], profile: ['name', 'employee_code', 'department_code'] },
  // Put the scope's claims into the ID token, as VNPT-IDP-style providers do.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
  // The login form accepts any name; the account's claims come from OIDC_TEST_ACCOUNTS.
  findAccount: async (_ctx, sub) => ({ accountId: sub, claims: async () => ({ sub, ...(accounts[sub] ?? { name: sub }) }) }),
  // First-party client: no consent screen.
  loadExistingGrant: async (ctx) => {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid profile email');
    await grant.save();
    return grant;
  },
});

provider.use(async (ctx, next) => {
  const control = /^\/__test\/mode\/(normal|expired|tampered)$/.exec(ctx.path);
  if (control) {
    mode = control[1];
    ctx.body = { mode };
    return;
  }
  await next();
  if (ctx.path !== '/token' || mode === 'normal' || !ctx.body?.id_token) return;
  ctx.body = { ...ctx.body, id_token: await alter(ctx.body.id_token) };
});

/** An ID token signed with the provider's own key but expired an hour ago, or with a broken signature. */
async function alter(idToken) {
  if (mode === 'tampered') {
    const [header, payload, signature] = idToken.split('.');
    const flipped = signature[10] === 'A' ? 'B' : 'A';
    return [header, payload, `${signature.slice(0, 10)}${flipped}${signature.slice(11)}`].join('.');
  }
  const claims = decodeJwt(idToken);
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ ...claims, iat: now - 7200, exp: now - 3600 }).setProtectedHeader({ alg: 'RS256', kid: jwk.kid, typ: 'JWT' }).sign(privateKey);
}

server.on('request', provider.callback());
process.stdout.write(`READY ${issuer}\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
