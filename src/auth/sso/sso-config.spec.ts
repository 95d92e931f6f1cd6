import { isLoopbackHost, loadSsoSettings } from './sso-config';

const OIDC = { OIDC_CLIENT_ID: 'portal', OIDC_CLIENT_SECRET: 'secret' };

describe('loadSsoSettings', () => {
  it('should leave SSO off and local passwords on by default', () => {
    expect(loadSsoSettings({})).toMatchObject({ oidc: null, ldap: null, localLogin: true, createUsers: false });
  });

  it('should accept an http:// issuer only on a loopback address', () => {
    expect(loadSsoSettings({ ...OIDC, OIDC_ISSUER: 'http://127.0.0.1:4000' }).oidc?.insecureLoopback).toBe(true);
    expect(() => loadSsoSettings({ ...OIDC, OIDC_ISSUER: 'http://id.example.gov.vn' })).toThrow(/OIDC_ISSUER must be https:\/\//);
    expect(loadSsoSettings({ ...OIDC, OIDC_ISSUER: 'https://id.example.gov.vn' }).oidc?.insecureLoopback).toBe(false);
  });

  it('should list every problem at once', () => {
    expect(() => loadSsoSettings({ OIDC_ISSUER: 'https://id.example.gov.vn', LDAP_URL: 'http://dc1', LOCAL_LOGIN: 'no' })).toThrow(
      /OIDC_CLIENT_SECRET must be set together[\s\S]*LDAP_URL must look like[\s\S]*LDAP_SEARCH_BASE is required[\s\S]*LOCAL_LOGIN must be true or false/,
    );
  });

  it('should refuse LOCAL_LOGIN=false when nobody could sign in, and a filter without {{username}}', () => {
    expect(() => loadSsoSettings({ LOCAL_LOGIN: 'false' })).toThrow(/nobody could sign in/);
    expect(() => loadSsoSettings({ LDAP_URL: 'ldap://127.0.0.1:389', LDAP_SEARCH_BASE: 'dc=x', LDAP_SEARCH_FILTER: '(uid=admin)' })).toThrow(/\{\{username\}\}/);
  });
});

describe('isLoopbackHost', () => {
  it('should know loopback addresses', () => {
    expect(['127.0.0.1', '127.8.0.1', '[::1]', 'localhost'].map(isLoopbackHost)).toEqual([true, true, true, true]);
    expect(['10.0.0.1', 'example.gov.vn', '128.0.0.1'].map(isLoopbackHost)).toEqual([false, false, false]);
  });
});
