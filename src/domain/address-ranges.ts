import { formatIp, inRange, parseCidr, type IpAddress, type IpRange } from './addresses.ts';

/** Why an address is not on the public internet. */
export type AddressKind =
  | 'loopback'
  | 'private'
  | 'link_local'
  | 'metadata'
  | 'cgnat'
  | 'multicast'
  | 'broadcast'
  | 'unspecified'
  | 'documentation'
  | 'reserved'
  | 'unique_local';

/** A non-public address: what it is, and the IPv4 address inside it when it was wrapped in IPv6. */
export interface InternalAddress {
  kind: AddressKind;
  /** The address the kind is about: the one given, or the IPv4 address embedded in it. */
  address: IpAddress;
  /** How the IPv4 address was wrapped, e.g. "IPv4-mapped", when it was. */
  wrappedIn: string | null;
}

/** Plain-language descriptions of each kind, used in error messages ("… is a loopback address"). */
export const ADDRESS_KIND_TEXT: Record<AddressKind, string> = {
  loopback: 'a loopback address',
  private: 'a private network address',
  link_local: 'a link-local address',
  metadata: 'the cloud metadata address',
  cgnat: 'a carrier-grade NAT address',
  multicast: 'a multicast address',
  broadcast: 'the broadcast address',
  unspecified: 'an unspecified address',
  documentation: 'a documentation address',
  reserved: 'a reserved address',
  unique_local: 'a unique local IPv6 address',
};

function table(entries: Array<[string, AddressKind]>): Array<{ range: IpRange; kind: AddressKind }> {
  return entries.map(([cidr, kind]) => ({ range: parseCidr(cidr)!, kind }));
}

// Special-purpose registries of IANA (RFC 6890 and successors); the narrowest entries come first.
const RANGES = table([
  ['255.255.255.255/32', 'broadcast'],
  ['169.254.169.254/32', 'metadata'],
  ['0.0.0.0/8', 'unspecified'],
  ['10.0.0.0/8', 'private'],
  ['100.64.0.0/10', 'cgnat'],
  ['127.0.0.0/8', 'loopback'],
  ['169.254.0.0/16', 'link_local'],
  ['172.16.0.0/12', 'private'],
  ['192.0.0.0/24', 'reserved'],
  ['192.0.2.0/24', 'documentation'],
  ['192.88.99.0/24', 'reserved'],
  ['192.168.0.0/16', 'private'],
  ['198.18.0.0/15', 'reserved'],
  ['198.51.100.0/24', 'documentation'],
  ['203.0.113.0/24', 'documentation'],
  ['224.0.0.0/4', 'multicast'],
  ['240.0.0.0/4', 'reserved'],
  ['::/128', 'unspecified'],
  ['::1/128', 'loopback'],
  ['fd00:ec2::254/128', 'metadata'],
  ['100::/64', 'reserved'],
  ['2001:2::/48', 'reserved'],
  ['2001:db8::/32', 'documentation'],
  ['3fff::/20', 'documentation'],
  // RFC 8215 local-use NAT64: where the IPv4 address sits depends on the network, so the range is closed.
  ['64:ff9b:1::/48', 'private'],
  ['fc00::/7', 'unique_local'],
  ['fe80::/10', 'link_local'],
  ['fec0::/10', 'private'],
  ['ff00::/8', 'multicast'],
]);

/** IPv6 ranges that carry an IPv4 address, and where it sits (RFC 4291, 6052, 3056, 4380). */
const WRAPPERS: Array<{ range: IpRange; name: string; embedded: (value: bigint) => bigint[] }> = [
  { range: parseCidr('::ffff:0:0/96')!, name: 'IPv4-mapped', embedded: (v) => [v & 0xffffffffn] },
  { range: parseCidr('::/96')!, name: 'IPv4-compatible', embedded: (v) => [v & 0xffffffffn] },
  { range: parseCidr('64:ff9b::/96')!, name: 'NAT64', embedded: (v) => [v & 0xffffffffn] },
  { range: parseCidr('2002::/16')!, name: '6to4', embedded: (v) => [(v >> 80n) & 0xffffffffn] },
  // Teredo: the server's address in bits 32–63, the client's inverted in the last 32 bits.
  {
    range: parseCidr('2001::/32')!,
    name: 'Teredo',
    embedded: (v) => [(v >> 64n) & 0xffffffffn, ~v & 0xffffffffn],
  },
];

function directKind(address: IpAddress): AddressKind | null {
  return RANGES.find((r) => inRange(address, r.range))?.kind ?? null;
}

/**
 * Tells whether an address is internal (not a public internet address) and why; null for a public
 * one. An IPv4 address wrapped in IPv6 counts as the IPv4 address it stands for, so `::ffff:7f00:1`
 * is loopback while `::ffff:5db8:d822` is public.
 */
export function classifyAddress(address: IpAddress): InternalAddress | null {
  const kind = directKind(address);
  if (kind) return { kind, address, wrappedIn: null };
  if (address.version === 4) return null;
  for (const wrapper of WRAPPERS) {
    if (!inRange(address, wrapper.range)) continue;
    for (const value of wrapper.embedded(address.value)) {
      const inner: IpAddress = { version: 4, value };
      const innerKind = directKind(inner);
      if (innerKind) return { kind: innerKind, address: inner, wrappedIn: wrapper.name };
    }
    // IPv4-compatible addresses are deprecated (RFC 4291 §2.5.5.1) and never used by public hosts.
    if (wrapper.name === 'IPv4-compatible') return { kind: 'reserved', address, wrappedIn: null };
    return null;
  }
  return null;
}

/** "127.0.0.1 is a loopback address" or "::ffff:7f00:1 is a loopback address (127.0.0.1, IPv4-mapped)". */
export function describeInternalAddress(given: IpAddress, internal: InternalAddress): string {
  const wrapped = internal.wrappedIn ? ` (${formatIp(internal.address)}, ${internal.wrappedIn})` : '';
  return `${formatIp(given)} is ${ADDRESS_KIND_TEXT[internal.kind]}${wrapped}`;
}
