import { inRange, parseCidr, parseIp, type IpAddress, type IpRange } from './addresses.ts';

/** One entry of an address allow-list: a host name (or `*.` a whole domain) or an IP range, maybe with a port. */
export type AllowEntry =
  | { type: 'host'; host: string; subdomains: boolean; port: number | null }
  | { type: 'range'; range: IpRange; port: number | null };

/** Lower case, punycode and no trailing dot, so `Intranet.Example.` and `intranet.example` are one host. */
export function normalizeHostName(host: string): string {
  return host.toLowerCase().replace(/\.+$/, '');
}

/** Splits `host`, `host:port`, `[v6]:port` or a bare IPv6 address into host and port. */
function splitPort(text: string): { host: string; port: string | null } {
  const bracketed = /^(\[[^\]]+\])(?::(\d+))?$/.exec(text);
  if (bracketed) return { host: bracketed[1]!, port: bracketed[2] ?? null };
  if ((text.match(/:/g) ?? []).length > 1) return { host: `[${text}]`, port: null };
  const [host = '', port] = text.split(':');
  return { host, port: port ?? null };
}

/**
 * Reads one allow-list entry: `intranet.example`, `*.intranet.example`, `10.1.2.3`, `127.0.0.1:8080`,
 * `[::1]:8080`, `10.0.0.0/8` or `fd00::/8`. IP addresses in any spelling the URL parser knows
 * (`0x7f.1`) are accepted. Returns null when the entry cannot be read.
 */
export function parseAllowEntry(raw: string): AllowEntry | null {
  const text = raw.trim();
  if (text === '') return null;
  if (text.includes('/')) {
    const range = parseCidr(text);
    return range ? { type: 'range', range, port: null } : null;
  }
  const subdomains = text.startsWith('*.');
  const { host, port: portText } = splitPort(subdomains ? text.slice(2) : text);
  const port = portText === null ? null : Number(portText);
  if (port !== null && (!Number.isInteger(port) || port < 1 || port > 65535)) return null;
  let hostname: string;
  try {
    const url = new URL(`http://${host}/`);
    if (url.username || url.password || url.host === '') return null;
    hostname = url.hostname;
  } catch {
    return null;
  }
  const address = parseIp(hostname);
  if (address && !subdomains) return { type: 'range', range: parseCidr(hostname)!, port };
  if (address) return null;
  return { type: 'host', host: normalizeHostName(hostname), subdomains, port };
}

/** A list of hosts and ranges that are fetched even though they are internal; entries can be added later. */
export class AllowList {
  readonly #entries: AllowEntry[] = [];

  /** Builds the list; throws an Error naming the first entry that cannot be read. */
  constructor(entries: Iterable<string> = []) {
    for (const entry of entries) this.add(entry);
  }

  /** Adds an entry (see {@link parseAllowEntry}); throws an Error when it cannot be read. */
  add(entry: string): void {
    const parsed = parseAllowEntry(entry);
    if (!parsed) throw new Error(`"${entry}" is no host name, IP address or CIDR range`);
    this.#entries.push(parsed);
  }

  /** True when a host name (as the URL parser writes it) is allowed on this port. */
  allowsHost(hostname: string, port: number): boolean {
    const host = normalizeHostName(hostname);
    return this.#entries.some(
      (e) =>
        e.type === 'host' &&
        (e.port === null || e.port === port) &&
        (e.subdomains ? host.endsWith(`.${e.host}`) : host === e.host),
    );
  }

  /** True when an address is allowed on this port. */
  allowsAddress(address: IpAddress, port: number): boolean {
    return this.#entries.some((e) => e.type === 'range' && (e.port === null || e.port === port) && inRange(address, e.range));
  }
}
