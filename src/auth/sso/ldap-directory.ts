import { readFileSync } from 'node:fs';
import { Injectable } from '@nestjs/common';
import { Client, InvalidCredentialsError } from 'ldapts';
import { AppConfig } from '../../config/app-config';
import { buildSearchFilter } from './ldap-filter';
import { LdapSettings } from './sso-config';

const TIMEOUT_MS = 5_000;

/** What the directory said about a name and password. */
export type DirectoryAnswer =
  { kind: 'authenticated'; dn: string; matchValue: string | null } | { kind: 'not-found' } | { kind: 'wrong-password'; dn: string } | { kind: 'unavailable'; reason: string };

/**
 * Checks a name and password against LDAP / Active Directory: search with the service account
 * (the filter built from the escaped name, RFC 4515), then bind as the entry found with the typed
 * password. Exactly one entry must match; an empty password is refused before any bind, because
 * LDAP treats a bind with an empty password as an anonymous bind that succeeds (RFC 4513 §5.1.2).
 */
@Injectable()
export class LdapDirectory {
  private readonly settings: LdapSettings | null;
  private readonly ca: Buffer[] | undefined;

  public constructor(config: AppConfig) {
    this.settings = config.sso.ldap;
    this.ca = this.settings?.caFile ? [readFileSync(this.settings.caFile)] : undefined;
  }

  public get enabled(): boolean {
    return this.settings !== null;
  }

  public async authenticate(username: string, password: string): Promise<DirectoryAnswer> {
    const settings = this.settings;
    if (!settings || !username.trim()) return { kind: 'not-found' };
    let found: { dn: string; matchValue: string | null } | null;
    try {
      found = await this.findEntry(settings, username.trim());
    } catch (error) {
      return { kind: 'unavailable', reason: describe(error) };
    }
    if (!found) return { kind: 'not-found' };
    if (password === '') return { kind: 'wrong-password', dn: found.dn };
    const client = this.client(settings);
    try {
      await client.bind(found.dn, password);
      return { kind: 'authenticated', ...found };
    } catch (error) {
      if (error instanceof InvalidCredentialsError) return { kind: 'wrong-password', dn: found.dn };
      return { kind: 'unavailable', reason: describe(error) };
    } finally {
      await client.unbind().catch(() => undefined);
    }
  }

  private async findEntry(settings: LdapSettings, username: string): Promise<{ dn: string; matchValue: string | null } | null> {
    const client = this.client(settings);
    try {
      if (settings.bindDn) await client.bind(settings.bindDn, settings.bindPassword ?? '');
      const { searchEntries } = await client.search(settings.searchBase, {
        scope: 'sub',
        filter: buildSearchFilter(settings.searchFilter, username),
        attributes: [settings.matchAttribute],
        sizeLimit: 2,
      });
      // Two entries for one name is a directory mistake: refuse rather than guess.
      if (searchEntries.length !== 1) return null;
      const entry = searchEntries[0];
      const value = entry[settings.matchAttribute] ?? attributeIgnoringCase(entry, settings.matchAttribute);
      const first = Array.isArray(value) ? value[0] : value;
      return { dn: entry.dn, matchValue: first === undefined || first === null ? null : String(first) };
    } finally {
      await client.unbind().catch(() => undefined);
    }
  }

  private client(settings: LdapSettings): Client {
    return new Client({ url: settings.url, timeout: TIMEOUT_MS, connectTimeout: TIMEOUT_MS, tlsOptions: this.ca ? { ca: this.ca } : undefined });
  }
}

function attributeIgnoringCase(entry: Record<string, unknown>, name: string): unknown {
  const key = Object.keys(entry).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key ? entry[key] : undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : String(error).slice(0, 300);
}
