import { describe, expect, it } from 'vitest';
import { classifyAddress } from '../../src/ingest/fetch/address-policy.js';
import { parseIPv6 } from '../../src/ingest/fetch/ip-address.js';

// Classification only: none of these addresses is ever connected to.
describe('classifyAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.1', 'public'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'private'],
    ['100.128.0.1', 'public'],
    ['0.0.0.0', 'reserved'],
    ['0.1.2.3', 'reserved'],
    ['8.8.8.8', 'public'],
    ['224.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
    ['192.0.2.10', 'reserved'],
    ['198.51.100.7', 'reserved'],
    ['203.0.113.1', 'reserved'],
    ['198.18.0.1', 'reserved'],
  ] as const)('IPv4 %s is %s', (ip, expected) => {
    expect(classifyAddress(ip)).toBe(expected);
  });

  it.each([
    ['::1', 'loopback'],
    ['::', 'reserved'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf:ffff::1', 'link-local'],
    ['fc00::1', 'private'],
    ['fd12:3456::1', 'private'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:a00:1', 'private'], // the form the WHATWG URL parser normalises ::ffff:10.0.0.1 to
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['::ffff:8.8.8.8', 'public'],
    ['[::1]', 'loopback'],
    ['64:ff9b::7f00:1', 'loopback'], // NAT64 of 127.0.0.1
    ['64:ff9b::808:808', 'public'], // NAT64 of 8.8.8.8
    ['2002:a00:1::1', 'private'], // 6to4 of 10.0.0.1
    ['2001:4860:4860::8888', 'public'],
    ['2001:db8::1', 'reserved'],
    ['ff02::1', 'reserved'],
    ['4000::1', 'reserved'], // outside 2000::/3, unassigned
  ] as const)('IPv6 %s is %s', (ip, expected) => {
    expect(classifyAddress(ip)).toBe(expected);
  });

  it('fails closed on text that is not an IP address', () => {
    expect(classifyAddress('localhost')).toBe('reserved');
    expect(classifyAddress('')).toBe('reserved');
    expect(classifyAddress('1.2.3.256')).toBe('reserved');
  });

  it('parses the IPv6 notations to the same 128-bit value', () => {
    expect(parseIPv6('::ffff:10.0.0.1')).toBe(0xffff0a000001n);
    expect(parseIPv6('0:0:0:0:0:ffff:a00:1')).toBe(0xffff0a000001n);
    expect(parseIPv6('fe80::1')).toBe((0xfe80n << 112n) | 1n);
    expect(parseIPv6('not-an-address')).toBeNull();
  });
});
