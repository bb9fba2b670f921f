/** An IP address as a number: 32 bits for IPv4, 128 bits for IPv6. */
export interface IpAddress {
  version: 4 | 6;
  value: bigint;
}

/** A range of addresses written as address/prefix length (CIDR). */
export interface IpRange {
  version: 4 | 6;
  base: bigint;
  prefix: number;
}

const BITS = { 4: 32, 6: 128 } as const;

/**
 * Parses an IP address in its plain form: dotted IPv4 (`192.0.2.1`) or IPv6 with or without brackets,
 * `::` and a dotted IPv4 tail (`::ffff:127.0.0.1`). Other IPv4 spellings (`0x7f.1`, `2130706433`) are
 * left to the URL parser, which turns them into this form first. Returns null for anything else.
 */
export function parseIp(text: string): IpAddress | null {
  const plain = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  const v4 = parseIpv4(plain);
  if (v4 !== null) return { version: 4, value: v4 };
  const v6 = parseIpv6(plain);
  return v6 === null ? null : { version: 6, value: v6 };
}

function parseIpv4(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return null;
  return parts.reduce((acc, p) => (acc << 8n) | BigInt(Number(p)), 0n);
}

function parseIpv6(text: string): bigint | null {
  if (!/^[0-9a-f:.]+$/i.test(text)) return null;
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groups = halves.map((h) => (h === '' ? [] : h.split(':')));
  const words: number[][] = [];
  for (const [index, half] of groups.entries()) {
    const out: number[] = [];
    for (const [i, group] of half.entries()) {
      const isLast = index === groups.length - 1 && i === half.length - 1;
      const tail = isLast ? parseIpv4(group) : null;
      if (tail !== null) out.push(Number(tail >> 16n), Number(tail & 0xffffn));
      else if (/^[0-9a-f]{1,4}$/i.test(group)) out.push(parseInt(group, 16));
      else return null;
    }
    words.push(out);
  }
  const [head = [], rest = []] = words;
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const all = [...head, ...new Array<number>(halves.length === 1 ? 0 : missing).fill(0), ...rest];
  return all.reduce((acc, w) => (acc << 16n) | BigInt(w), 0n);
}

/** Writes an address in its usual form: dotted IPv4, or compressed lower-case IPv6 (RFC 5952). */
export function formatIp(address: IpAddress): string {
  if (address.version === 4) {
    return [24n, 16n, 8n, 0n].map((shift) => String((address.value >> shift) & 0xffn)).join('.');
  }
  const words = Array.from({ length: 8 }, (_, i) => Number((address.value >> BigInt(112 - i * 16)) & 0xffffn));
  // The longest run of two or more zero words becomes "::" (the first one on a tie).
  let best = { start: -1, length: 1 };
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > best.length) best = { start: i, length: j - i };
    i = j === i ? i + 1 : j;
  }
  const hex = words.map((w) => w.toString(16));
  if (best.start < 0) return hex.join(':');
  return `${hex.slice(0, best.start).join(':')}::${hex.slice(best.start + best.length).join(':')}`;
}

/** Parses `address/prefix` (or a lone address, a range of one); returns null when malformed. */
export function parseCidr(text: string): IpRange | null {
  const [addressText = '', prefixText, extra] = text.split('/');
  if (extra !== undefined) return null;
  const address = parseIp(addressText);
  if (!address) return null;
  const bits = BITS[address.version];
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = prefixText === undefined ? bits : Number(prefixText);
  if (prefix > bits) return null;
  const hostBits = BigInt(bits - prefix);
  return { version: address.version, base: (address.value >> hostBits) << hostBits, prefix };
}

/** True when the address lies in the range (an IPv4 address is never in an IPv6 range). */
export function inRange(address: IpAddress, range: IpRange): boolean {
  if (address.version !== range.version) return false;
  const hostBits = BigInt(BITS[address.version] - range.prefix);
  return address.value >> hostBits === range.base >> hostBits;
}
