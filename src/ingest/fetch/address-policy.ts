import { cidrContains, parseCidr, parseIPv4, parseIPv6 } from './ip-address.js';
import type { Cidr } from './ip-address.js';

/**
 * Which addresses crosscheck may connect to when it fetches a URL a user (or a feed, or a redirect) named. Anything
 * but 'public' is refused by default: a news URL has no business reaching the machine's own services (loopback), the
 * office or cluster network (private), or a cloud metadata endpoint (link-local 169.254.169.254) - the classic
 * server-side request forgery targets. Ranges that are not routable on the internet at all (documentation,
 * multicast, benchmarking, unassigned) are 'reserved' and refused too: the policy fails closed, so an address it
 * does not understand is never treated as public.
 */
export type AddressClass = 'public' | 'loopback' | 'private' | 'link-local' | 'reserved';

/** A range's class, or 'embedded-v4' when the IPv6 range carries an IPv4 address whose class decides. */
type RangeClass = Exclude<AddressClass, 'public'> | 'embedded-v4';

interface Range {
  readonly cidr: Cidr;
  readonly kind: RangeClass;
}

function ranges(table: ReadonlyArray<readonly [string, RangeClass]>): readonly Range[] {
  // Longest prefix first, so a narrow exception (::1 inside ::/96) wins over the block that contains it.
  return table.map(([cidr, kind]) => ({ cidr: parseCidr(cidr), kind })).sort((a, b) => b.cidr.prefix - a.cidr.prefix);
}

/** IPv4 special-purpose ranges (IANA IPv4 Special-Purpose Address Registry, RFC 6890). */
const IPV4_RANGES = ranges([
  ['0.0.0.0/8', 'reserved'], // RFC 791 / RFC 1122 §3.2.1.3 "this network"; Linux connects 0.0.0.0 to localhost
  ['10.0.0.0/8', 'private'], // RFC 1918
  ['100.64.0.0/10', 'private'], // RFC 6598 shared address space (carrier-grade NAT)
  ['127.0.0.0/8', 'loopback'], // RFC 1122 §3.2.1.3
  ['169.254.0.0/16', 'link-local'], // RFC 3927; holds the cloud metadata service 169.254.169.254
  ['172.16.0.0/12', 'private'], // RFC 1918
  ['192.0.0.0/24', 'reserved'], // RFC 6890 §2.2.2 IETF protocol assignments
  ['192.0.2.0/24', 'reserved'], // RFC 5737 TEST-NET-1 (documentation)
  ['192.88.99.0/24', 'reserved'], // RFC 7526 deprecated 6to4 relay anycast
  ['192.168.0.0/16', 'private'], // RFC 1918
  ['198.18.0.0/15', 'reserved'], // RFC 2544 benchmarking
  ['198.51.100.0/24', 'reserved'], // RFC 5737 TEST-NET-2 (documentation)
  ['203.0.113.0/24', 'reserved'], // RFC 5737 TEST-NET-3 (documentation)
  ['224.0.0.0/4', 'reserved'], // RFC 5771 multicast
  ['240.0.0.0/4', 'reserved'], // RFC 1112 §4 future use; includes 255.255.255.255 limited broadcast (RFC 919)
]);

/** IPv6 special-purpose ranges (IANA IPv6 Special-Purpose Address Registry, RFC 6890). */
const IPV6_RANGES = ranges([
  ['::/128', 'reserved'], // RFC 4291 §2.5.2 unspecified address
  ['::1/128', 'loopback'], // RFC 4291 §2.5.3
  ['::ffff:0:0/96', 'embedded-v4'], // RFC 4291 §2.5.5.2 IPv4-mapped: the socket really talks IPv4
  ['::/96', 'reserved'], // RFC 4291 §2.5.5.1 deprecated IPv4-compatible addresses
  ['64:ff9b::/96', 'embedded-v4'], // RFC 6052 NAT64 well-known prefix: the translator connects to the IPv4 inside
  ['64:ff9b:1::/48', 'private'], // RFC 8215 local-use NAT64
  ['100::/64', 'reserved'], // RFC 6666 discard-only
  ['2001::/23', 'reserved'], // RFC 2928 / RFC 6890 IETF protocol assignments (incl. Teredo 2001::/32, RFC 4380)
  ['2001:db8::/32', 'reserved'], // RFC 3849 documentation
  ['2002::/16', 'embedded-v4'], // RFC 3056 6to4: bits 16-47 name the IPv4 router the packets go to
  ['3fff::/20', 'reserved'], // RFC 9637 documentation
  ['fc00::/7', 'private'], // RFC 4193 unique local addresses
  ['fe80::/10', 'link-local'], // RFC 4291 §2.5.6
  ['fec0::/10', 'private'], // RFC 3879 deprecated site-local, still routed inside some networks
  ['ff00::/8', 'reserved'], // RFC 4291 §2.7 multicast
]);

/** RFC 4291 §2.4 / IANA: only 2000::/3 is allocated as global unicast; the rest of the space is unassigned. */
const GLOBAL_UNICAST = parseCidr('2000::/3');

/**
 * The class of one textual IP address (v4 or v6, brackets and zone ids tolerated). Text that is not an IP address
 * is 'reserved': a caller that passes a hostname here by mistake must get a refusal, not a pass.
 */
export function classifyAddress(ip: string): AddressClass {
  const v4 = parseIPv4(ip);
  if (v4 !== null) return classifyV4(v4);
  const v6 = parseIPv6(ip);
  if (v6 !== null) return classifyV6(v6);
  return 'reserved';
}

function classifyV4(address: number): AddressClass {
  const value = BigInt(address);
  const hit = IPV4_RANGES.find((range) => cidrContains(range.cidr, 4, value));
  // IPv4 ranges never embed anything; 'embedded-v4' cannot occur here, but fail closed if a table edit adds it.
  if (!hit) return 'public';
  return hit.kind === 'embedded-v4' ? 'reserved' : hit.kind;
}

function classifyV6(address: bigint): AddressClass {
  const hit = IPV6_RANGES.find((range) => cidrContains(range.cidr, 6, address));
  if (hit?.kind === 'embedded-v4') return classifyV4(Number(embeddedV4(hit.cidr, address)));
  if (hit) return hit.kind;
  return cidrContains(GLOBAL_UNICAST, 6, address) ? 'public' : 'reserved';
}

/** The IPv4 address an IPv6 address carries: the low 32 bits (mapped, NAT64) or bits 16-47 (6to4). */
function embeddedV4(range: Cidr, address: bigint): bigint {
  const shift = range.prefix === 16 ? 80n : 0n;
  return (address >> shift) & 0xffffffffn;
}
