import { lookup } from 'node:dns/promises';
import { classifyAddress, describeInternalAddress } from '../../../domain/address-ranges.ts';
import { parseIp, type IpAddress } from '../../../domain/addresses.ts';
import { normalizeHostName, type AllowList } from '../../../domain/allow-list.ts';
import { fetchError } from '../errors.ts';

/** One address a host name resolves to, as node's dns.lookup gives it. */
export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Resolves a host name to all its addresses (node's dns.lookup by default; tests pass their own). */
export type DnsLookup = (hostname: string) => Promise<ResolvedAddress[]>;

/** Keeps requests away from internal addresses unless the allow-list opens them. */
export interface AddressGuard {
  /** Refuses a URL whose host is an internal IP literal or a loopback name, before anything is sent. */
  checkUrl(url: URL): void;
  /** Resolves a host for a connection and returns its addresses; refuses if any of them is internal. */
  resolve(hostname: string, port: number): Promise<ResolvedAddress[]>;
}

const HINT = 'outgoing requests to internal addresses are blocked (PRESSESCHAU_FETCH_ALLOW opens them)';

const systemLookup: DnsLookup = (hostname) => lookup(hostname, { all: true, verbatim: true });

/** The port a URL connects to, with the scheme's default filled in. */
export function portOf(url: URL): number {
  return url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
}

/** RFC 6761 §6.3: `localhost` and every name under it are loopback, whatever a resolver says. */
function isLoopbackName(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost');
}

/** Creates the guard over an allow-list, which may still grow while the guard is in use. */
export function createAddressGuard(allow: AllowList, dnsLookup: DnsLookup = systemLookup): AddressGuard {
  function checkAddress(address: IpAddress, port: number, resolvedFrom: string | null): void {
    const internal = classifyAddress(address);
    if (!internal) return;
    if (allow.allowsAddress(address, port) || allow.allowsAddress(internal.address, port)) return;
    const what = describeInternalAddress(address, internal);
    const message = resolvedFrom
      ? `${resolvedFrom} resolves to ${what.replace(' is ', ', ')}; ${HINT}`
      : `${what}; ${HINT}`;
    throw fetchError('blocked_address', message);
  }

  /** Checks what can be checked without DNS; returns the literal address, or null for a name. */
  function checkHost(hostname: string, port: number): IpAddress | null {
    const literal = parseIp(hostname);
    if (literal) {
      checkAddress(literal, port, null);
      return literal;
    }
    const host = normalizeHostName(hostname);
    if (isLoopbackName(host) && !allow.allowsHost(host, port)) {
      throw fetchError('blocked_address', `${host} is a loopback name; ${HINT}`);
    }
    return null;
  }

  return {
    checkUrl(url) {
      checkHost(url.hostname, portOf(url));
    },
    async resolve(hostname, port) {
      const literal = checkHost(hostname, port);
      if (literal) return [{ address: hostname.replace(/^\[|\]$/g, ''), family: literal.version }];
      const host = normalizeHostName(hostname);
      const addresses = await dnsLookup(host);
      if (allow.allowsHost(host, port)) return addresses;
      for (const { address } of addresses) {
        const parsed = parseIp(address);
        if (!parsed) throw fetchError('dns', `${host} resolved to "${address}", which is no IP address`);
        checkAddress(parsed, port, host);
      }
      return addresses;
    },
  };
}
