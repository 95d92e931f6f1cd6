import proxyaddr from 'proxy-addr';
import { ConfigurationError } from './environment';

/** Express's `trust proxy`: no proxy, a number of proxy hops, or the proxies' own addresses. Never "every hop". */
export type TrustProxy = false | number | string[];

const MAX_HOPS = 10;

/**
 * TRUST_PROXY=true would make any X-Forwarded-For the client's address, so a guesser rotates it
 * past the per-address limit and forges the audit log's "from where" (issue 10, finding 2).
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false' || text === '0') return false;
  if (text === 'true') {
    throw new ConfigurationError(
      'TRUST_PROXY=true trusts every hop and lets any client forge its address: give the number of proxies (e.g. TRUST_PROXY=1) or their addresses (e.g. TRUST_PROXY=10.0.0.5,10.0.1.0/24)',
    );
  }
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > MAX_HOPS) throw new ConfigurationError(`TRUST_PROXY must be a number of proxies from 0 to ${MAX_HOPS}, or a list of proxy addresses`);
    return hops;
  }
  return parseAddressList('TRUST_PROXY', text);
}

/** A comma-separated list of addresses and CIDR ranges (IPv4 or IPv6), checked with the library Express itself uses. */
export function parseAddressList(name: string, value: string): string[] {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const invalid = entries.filter((entry) => !isAddressOrRange(entry));
  if (invalid.length > 0) {
    throw new ConfigurationError(`${name} must be a comma-separated list of addresses or CIDR ranges such as 10.0.0.5,192.168.10.0/24; not understood: ${invalid.join(', ')}`);
  }
  return entries;
}

/** Whether an address (as Express reports it, IPv4-mapped or not) is in a list of addresses and ranges. */
export function addressMatcher(list: string[]): (address: string) => boolean {
  const matches = proxyaddr.compile(list);
  return (address: string) => address !== '' && matches(address, 0);
}

function isAddressOrRange(entry: string): boolean {
  try {
    proxyaddr.compile(entry);
    return true;
  } catch {
    return false;
  }
}
