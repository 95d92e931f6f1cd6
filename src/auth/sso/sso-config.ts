import { existsSync } from 'node:fs';
import { isIP } from 'node:net';
import { ConfigurationError } from '../../config/environment';

/** Which field of an imported person an identity is matched on. */
export type MatchField = 'employee_code' | 'email';

export interface OidcSettings {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** The claim holding the employee code or e-mail (OIDC_MATCH_CLAIM). */
  matchClaim: string;
  matchField: MatchField;
  buttonLabel: string;
  /** Whether an `http://` loopback issuer is allowed (tests, demos). */
  insecureLoopback: boolean;
}

export interface LdapSettings {
  url: string;
  caFile: string | null;
  bindDn: string | null;
  bindPassword: string | null;
  searchBase: string;
  /** Contains `{{username}}`, replaced by the typed name escaped per RFC 4515. */
  searchFilter: string;
  /** The directory attribute compared with the person's employee code or e-mail. */
  matchAttribute: string;
  matchField: MatchField;
}

/** Single sign-on (product.md §12), from OIDC_*, LDAP_*, LOCAL_LOGIN and SSO_* variables. */
export interface SsoSettings {
  oidc: OidcSettings | null;
  ldap: LdapSettings | null;
  /** False: local passwords are refused for everyone (LOCAL_LOGIN=false). */
  localLogin: boolean;
  /** Create an unknown but authenticated identity in the department named by `departmentClaim`. */
  createUsers: boolean;
  departmentClaim: string;
  /** Whom a refused person should contact, shown on the refusal page. */
  contact: string;
}

type Raw = Record<string, string | undefined>;

const DEFAULT_CONTACT = 'bộ phận tổ chức cán bộ hoặc quản trị viên của cơ quan';

/** Reads and checks every SSO variable; throws one ConfigurationError listing all problems. */
export function loadSsoSettings(raw: Raw): SsoSettings {
  const problems: string[] = [];
  const oidc = readOidc(raw, problems);
  const ldap = readLdap(raw, problems);
  const localLogin = readBoolean(raw, 'LOCAL_LOGIN', true, problems);
  const createUsers = readBoolean(raw, 'SSO_CREATE_USERS', false, problems);
  if (!localLogin && !oidc && !ldap) problems.push('LOCAL_LOGIN=false needs OIDC_ISSUER or LDAP_URL: nobody could sign in');
  if (createUsers && !oidc) problems.push('SSO_CREATE_USERS=true needs OIDC_ISSUER (people are created from ID token claims)');
  if (problems.length > 0) throw new ConfigurationError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  return {
    oidc,
    ldap,
    localLogin,
    createUsers,
    departmentClaim: text(raw.SSO_DEPARTMENT_CLAIM) ?? 'department_code',
    contact: text(raw.SSO_CONTACT) ?? DEFAULT_CONTACT,
  };
}

function readOidc(raw: Raw, problems: string[]): OidcSettings | null {
  const issuer = text(raw.OIDC_ISSUER);
  const clientId = text(raw.OIDC_CLIENT_ID);
  const clientSecret = text(raw.OIDC_CLIENT_SECRET);
  if (!issuer && !clientId && !clientSecret) return null;
  if (!issuer || !clientId || !clientSecret) {
    problems.push('OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together');
    return null;
  }
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    problems.push('OIDC_ISSUER must be a URL such as https://id.example.gov.vn/realms/province');
    return null;
  }
  const loopback = isLoopbackHost(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    problems.push('OIDC_ISSUER must be https:// (http:// is accepted only on a loopback address such as 127.0.0.1, for tests and demos)');
  }
  const matchClaim = text(raw.OIDC_MATCH_CLAIM) ?? 'employee_code';
  return {
    issuer: url,
    clientId,
    clientSecret,
    matchClaim,
    matchField: matchClaim === 'email' ? 'email' : 'employee_code',
    buttonLabel: text(raw.OIDC_BUTTON_LABEL) ?? 'Đăng nhập bằng tài khoản công vụ',
    insecureLoopback: url.protocol === 'http:' && loopback,
  };
}

function readLdap(raw: Raw, problems: string[]): LdapSettings | null {
  const url = text(raw.LDAP_URL);
  if (!url) return null;
  if (!/^ldaps?:\/\/[^/\s]+\/?$/.test(url)) problems.push('LDAP_URL must look like ldaps://dc1.example.gov.vn:636 (or ldap://…)');
  const caFile = text(raw.LDAP_CA_FILE) ?? null;
  if (caFile && !existsSync(caFile)) problems.push(`LDAP_CA_FILE ${caFile} does not exist`);
  const bindDn = text(raw.LDAP_BIND_DN) ?? null;
  const bindPassword = raw.LDAP_BIND_PASSWORD ?? null;
  if (bindDn && !bindPassword) problems.push('LDAP_BIND_PASSWORD is required with LDAP_BIND_DN');
  const searchBase = text(raw.LDAP_SEARCH_BASE);
  if (!searchBase) problems.push('LDAP_SEARCH_BASE is required with LDAP_URL (e.g. ou=people,dc=example,dc=gov,dc=vn)');
  const searchFilter = text(raw.LDAP_SEARCH_FILTER) ?? '(uid={{username}})';
  if (!searchFilter.includes('{{username}}') || !/^\(.*\)$/.test(searchFilter)) {
    problems.push('LDAP_SEARCH_FILTER must be a filter in parentheses containing {{username}}, e.g. (sAMAccountName={{username}})');
  }
  const matchAttribute = text(raw.LDAP_MATCH_ATTRIBUTE) ?? 'employeeNumber';
  const matchField = text(raw.LDAP_MATCH_FIELD) ?? (matchAttribute.toLowerCase() === 'mail' ? 'email' : 'employee_code');
  if (matchField !== 'employee_code' && matchField !== 'email') problems.push('LDAP_MATCH_FIELD must be employee_code or email');
  return { url, caFile, bindDn, bindPassword, searchBase: searchBase ?? '', searchFilter, matchAttribute, matchField: matchField as MatchField };
}

function readBoolean(raw: Raw, name: string, fallback: boolean, problems: string[]): boolean {
  const value = text(raw[name]);
  if (value === undefined) return fallback;
  if (value !== 'true' && value !== 'false') problems.push(`${name} must be true or false`);
  return value === 'true';
}

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** 127.0.0.0/8, ::1 and localhost: the only places a plain-HTTP issuer is acceptable. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) return host === '::1';
  return false;
}
