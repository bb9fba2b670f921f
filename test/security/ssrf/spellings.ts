// Address spellings and redirect chains that must all be refused by the fetcher's guard. Loopback
// spellings aim at the "forbidden" server's port, which the allow-list does not open (only the
// fixture server's port is open), so a guard that lets one through is caught by that server's log.

/** One way of writing an address the guard must refuse. */
export interface Spelling {
  name: string;
  /** The URL, given the forbidden loopback port. */
  url(forbiddenPort: number): string;
  /** Needs the test resolver (a name, not an address): left out where the path resolves by system DNS. */
  dns?: boolean;
}

/** Names the test resolver answers, as a DNS server would, with internal addresses. */
export const TEST_DNS: Record<string, string[]> = {
  'intranet.test': ['10.1.2.3'],
  'rebind.test': ['127.0.0.1'],
  'metadata.test': ['169.254.169.254'],
  'ula.test': ['fd12:3456::1'],
  // One internal address among public ones is enough to refuse the whole name.
  'mixed.test': ['8.8.8.8', '127.0.0.1'],
};

const s = (name: string, url: (p: number) => string, dns = false): Spelling => ({ name, url, ...(dns ? { dns } : {}) });

/** Direct spellings: decimal, octal, hex, short, mapped, unspecified, names, userinfo, IDN, ranges. */
export const SPELLINGS: Spelling[] = [
  s('dotted loopback', (p) => `http://127.0.0.1:${p}/feed.xml`),
  s('decimal integer', (p) => `http://2130706433:${p}/`),
  s('hex integer', (p) => `http://0x7f000001:${p}/`),
  s('octal dotted', (p) => `http://0177.0.0.1:${p}/`),
  s('octal integer', (p) => `http://017700000001:${p}/`),
  s('hex dotted short', (p) => `http://0x7f.1:${p}/`),
  s('two-part short', (p) => `http://127.1:${p}/`),
  s('other loopback in 127/8', (p) => `http://127.42.0.9:${p}/`),
  s('trailing dot', (p) => `http://127.0.0.1.:${p}/`),
  s('percent-encoded trailing dot', (p) => `http://127.0.0.1%2e:${p}/`),
  s('IPv6 loopback', (p) => `http://[::1]:${p}/`),
  s('IPv4-mapped IPv6, dotted', (p) => `http://[::ffff:127.0.0.1]:${p}/`),
  s('IPv4-mapped IPv6, hex', (p) => `http://[::ffff:7f00:1]:${p}/`),
  s('IPv4-mapped IPv6, long form', (p) => `http://[0:0:0:0:0:ffff:7f00:1]:${p}/`),
  s('IPv4-compatible IPv6', (p) => `http://[::127.0.0.1]:${p}/`),
  s('NAT64 loopback', (p) => `http://[64:ff9b::7f00:1]:${p}/`),
  s('6to4 loopback', (p) => `http://[2002:7f00:1::1]:${p}/`),
  s('unspecified 0.0.0.0', (p) => `http://0.0.0.0:${p}/`),
  s('unspecified 0', (p) => `http://0:${p}/`),
  s('unspecified IPv6 [::]', (p) => `http://[::]:${p}/`),
  s('localhost', (p) => `http://localhost:${p}/`),
  s('localhost with trailing dot', (p) => `http://localhost.:${p}/`),
  s('localhost in capitals', (p) => `http://LOCALHOST:${p}/`),
  s('name under localhost', (p) => `http://news.localhost:${p}/`),
  s('userinfo before loopback', (p) => `http://evil.example@127.0.0.1:${p}/`),
  s('userinfo with password', (p) => `http://user:pass@0x7f.0.0.1:${p}/`),
  s('IDN circled digits', (p) => `http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460:${p}/`),
  s('IDN fullwidth digits and dots', (p) => `http://\uff11\uff12\uff17\uff0e\uff10\uff0e\uff10\uff0e\uff11:${p}/`),
  s('cloud metadata', () => 'http://169.254.169.254/latest/meta-data/'),
  s('cloud metadata, decimal', () => 'http://2852039166/latest/meta-data/'),
  s('cloud metadata, mapped IPv6', () => 'http://[::ffff:a9fe:a9fe]/latest/meta-data/'),
  s('private 10/8', () => 'http://10.0.0.1/'),
  s('private 172.16/12', () => 'http://172.16.5.4/'),
  s('private 192.168/16', () => 'http://192.168.1.1/'),
  s('private, mapped IPv6', () => 'http://[::ffff:10.0.0.1]/'),
  s('carrier-grade NAT', () => 'http://100.64.0.1/'),
  s('IPv6 unique local', () => 'http://[fd00::1]/'),
  s('IPv6 link-local', () => 'http://[fe80::1]/'),
  s('multicast', () => 'http://224.0.0.1/'),
  s('broadcast', () => 'http://255.255.255.255/'),
  s('name resolving to a private address', (p) => `http://intranet.test:${p}/`, true),
  s('name resolving to loopback (rebinding)', (p) => `http://rebind.test:${p}/`, true),
  s('name resolving to the metadata address', () => 'http://metadata.test/latest/meta-data/', true),
  s('name resolving to an IPv6 unique local address', () => 'http://ula.test/', true),
  s('name resolving to public and loopback addresses', (p) => `http://mixed.test:${p}/`, true),
];

/** Redirects the fixture server answers with; `{F}` is the forbidden port. Each is one path on it. */
export const REDIRECTS: Array<{ name: string; status: number; location: string; dns?: boolean }> = [
  { name: 'redirect to loopback', status: 302, location: 'http://127.0.0.1:{F}/' },
  { name: 'permanent redirect to a decimal address', status: 301, location: 'http://2130706433:{F}/' },
  { name: '307 to a mapped IPv6 address', status: 307, location: 'http://[::ffff:127.0.0.1]:{F}/' },
  { name: '308 to localhost with trailing dot', status: 308, location: 'http://localhost.:{F}/' },
  { name: 'redirect to the metadata address', status: 302, location: 'http://169.254.169.254/latest/meta-data/' },
  { name: 'scheme-relative redirect to loopback', status: 302, location: '//127.0.0.1:{F}/' },
  { name: 'backslashed redirect to loopback', status: 302, location: 'http:\\\\127.0.0.1:{F}\\' },
  { name: 'redirect with userinfo to a hex address', status: 303, location: 'http://evil@0x7f.1:{F}/' },
  { name: 'redirect to a name resolving to a private address', status: 302, location: 'http://intranet.test:{F}/', dns: true },
  { name: 'redirect to a private range', status: 302, location: 'http://192.168.0.10/' },
];

/** Multi-hop chains: each hop stays on the fixture server until the last one leaves for the forbidden target. */
export const CHAINS = [
  { name: 'three hops, then loopback', hops: 3, target: 'http://127.0.0.1:{F}/' },
  { name: 'two hops, then the metadata address', hops: 2, target: 'http://169.254.169.254/' },
  { name: 'four hops, then IPv6 loopback', hops: 4, target: 'http://[::1]:{F}/' },
];
