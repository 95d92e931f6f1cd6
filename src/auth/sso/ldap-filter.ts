/**
 * Escapes a value for an LDAP search filter (RFC 4515 §3): `*`, `(`, `)`, `\` and NUL become
 * `\2a`, `\28`, `\29`, `\5c`, `\00`, so `*)(uid=*` is searched for literally, never as a filter.
 */
export function escapeFilterValue(value: string): string {
  // eslint-disable-next-line no-control-regex -- NUL is one of the characters RFC 4515 requires escaping.
  return value.replace(/[*()\\\u0000]/g, (character) => `\\${character.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** The configured filter with every `{{username}}` replaced by the escaped name. */
export function buildSearchFilter(template: string, username: string): string {
  const escaped = escapeFilterValue(username);
  return template.split('{{username}}').join(escaped);
}
