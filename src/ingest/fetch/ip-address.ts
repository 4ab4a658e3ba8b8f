import { isIPv4, isIPv6 } from 'node:net';

/**
 * Textual IP addresses to integers, so the address policy can compare them against CIDR ranges with plain
 * arithmetic. Validation is left to node:net (isIPv4 / isIPv6), which follows the same strict grammar the socket
 * layer accepts; the parsing below may therefore assume well-formed input once that check has passed.
 *
 * IPv4 becomes a number (32 bits fit exactly in a double); IPv6 becomes a bigint (128 bits do not).
 */

/** A CIDR range: the network address and how many leading bits must match. */
export interface Cidr {
  readonly version: 4 | 6;
  readonly network: bigint;
  readonly prefix: number;
}

/** Dotted-quad IPv4 ("10.1.2.3") as an unsigned 32-bit integer, or null when the text is not IPv4. */
export function parseIPv4(text: string): number | null {
  if (!isIPv4(text)) return null;
  let value = 0;
  for (const part of text.split('.')) value = value * 256 + Number(part);
  return value;
}

/**
 * IPv6 ("fe80::1", "::ffff:10.0.0.1", "[::1]", "fe80::1%eth0") as a 128-bit bigint, or null when the text is not
 * IPv6. URL hostnames keep their brackets and link-local addresses may carry a zone ("%eth0"); neither changes which
 * address is meant, so both are removed before parsing.
 */
export function parseIPv6(text: string): bigint | null {
  let bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  const zone = bare.indexOf('%');
  if (zone !== -1) bare = bare.slice(0, zone);
  if (!isIPv6(bare)) return null;

  // A trailing dotted quad (RFC 4291 §2.2 form 3) is the last two 16-bit groups written in decimal.
  const lastColon = bare.lastIndexOf(':');
  const tail = bare.slice(lastColon + 1);
  if (tail.includes('.')) {
    const v4 = parseIPv4(tail);
    if (v4 === null) return null;
    bare = `${bare.slice(0, lastColon + 1)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }

  const halves = bare.split('::');
  const groupsOf = (s: string | undefined): string[] => (s ? s.split(':') : []);
  const left = groupsOf(halves[0]);
  const right = groupsOf(halves[1]);
  const groups = halves.length === 1 ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  if (groups.length !== 8) return null;

  let value = 0n;
  for (const group of groups) value = (value << 16n) | BigInt(parseInt(group, 16));
  return value;
}

/** "10.0.0.0/8" or "fc00::/7" as a Cidr. Throws on malformed input: the ranges are constants written by us. */
export function parseCidr(text: string): Cidr {
  const [address = '', bits = ''] = text.split('/');
  const prefix = Number(bits);
  const v4 = parseIPv4(address);
  if (v4 !== null && Number.isInteger(prefix) && prefix >= 0 && prefix <= 32) {
    return { version: 4, network: BigInt(v4), prefix };
  }
  const v6 = parseIPv6(address);
  if (v6 !== null && Number.isInteger(prefix) && prefix >= 0 && prefix <= 128) {
    return { version: 6, network: v6, prefix };
  }
  throw new Error(`malformed CIDR constant: ${text}`);
}

/** Whether an address (as parsed above) falls inside a range of the same IP version. */
export function cidrContains(range: Cidr, version: 4 | 6, address: bigint): boolean {
  if (range.version !== version) return false;
  const shift = BigInt((version === 4 ? 32 : 128) - range.prefix);
  return address >> shift === range.network >> shift;
}
