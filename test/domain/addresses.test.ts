import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatIp, inRange, parseCidr, parseIp } from '../../src/domain/addresses.ts';
import { AllowList, parseAllowEntry } from '../../src/domain/allow-list.ts';

const ips = [
  { input: '127.0.0.1', expected: '127.0.0.1' },
  { input: '255.255.255.255', expected: '255.255.255.255' },
  { input: '::1', expected: '::1' },
  { input: '[::1]', expected: '::1' },
  { input: '::', expected: '::' },
  { input: '0:0:0:0:0:0:0:1', expected: '::1' },
  { input: '2001:DB8:0:0:1:0:0:1', expected: '2001:db8::1:0:0:1' },
  { input: '::ffff:127.0.0.1', expected: '::ffff:7f00:1' },
  { input: '64:ff9b::10.0.0.1', expected: '64:ff9b::a00:1' },
  { input: 'fe80::', expected: 'fe80::' },
  { input: '1:2:3:4:5:6:7:8', expected: '1:2:3:4:5:6:7:8' },
  { input: '1:0:3:4:5:6:7:8', expected: '1:0:3:4:5:6:7:8' },
];
for (const { input, expected } of ips) {
  test(`parseIp and formatIp: ${input}`, () => assert.equal(formatIp(parseIp(input)!), expected));
}

for (const input of ['', '256.0.0.1', '1.2.3', '1.2.3.4.5', '0x7f.0.0.1', 'example.org', ':::1', '1::2::3', '1:2:3:4:5:6:7:8:9', '12345::', '::1.2.3', '1:2:3:4:5:6:7::8']) {
  test(`parseIp refuses ${JSON.stringify(input)}`, () => assert.equal(parseIp(input), null));
}

test('parseCidr and inRange', () => {
  const range = parseCidr('172.16.0.0/12')!;
  assert.ok(inRange(parseIp('172.31.255.255')!, range));
  assert.ok(!inRange(parseIp('172.32.0.0')!, range));
  assert.ok(!inRange(parseIp('::ffff:172.16.0.1')!, range), 'an IPv6 address is never in an IPv4 range');
  assert.ok(inRange(parseIp('fd12::1')!, parseCidr('fc00::/7')!));
  assert.ok(inRange(parseIp('8.8.8.8')!, parseCidr('0.0.0.0/0')!));
  assert.ok(inRange(parseIp('10.0.0.1')!, parseCidr('10.0.0.1')!), 'a lone address is a range of one');
  assert.ok(!inRange(parseIp('10.0.0.2')!, parseCidr('10.0.0.1')!));
  for (const bad of ['10.0.0.0/33', '::/129', '10.0.0.0/', '10.0.0.0/8/8', 'x/8', '10.0.0.0/-1']) {
    assert.equal(parseCidr(bad), null, bad);
  }
});

const entries = [
  { input: 'intranet.example', expected: { type: 'host', host: 'intranet.example', subdomains: false, port: null } },
  { input: ' Intranet.Example.:8443 ', expected: { type: 'host', host: 'intranet.example', subdomains: false, port: 8443 } },
  { input: '*.corp.example', expected: { type: 'host', host: 'corp.example', subdomains: true, port: null } },
  { input: 'bücher.example', expected: { type: 'host', host: 'xn--bcher-kva.example', subdomains: false, port: null } },
];
for (const { input, expected } of entries) {
  test(`parseAllowEntry reads ${input}`, () => assert.deepEqual(parseAllowEntry(input), expected));
}

for (const input of ['', 'http://x/', 'a b', 'host:0', 'host:70000', 'host:x', '10.0.0.0/33', '*.10.0.0.1', 'user@host']) {
  test(`parseAllowEntry refuses ${JSON.stringify(input)}`, () => assert.equal(parseAllowEntry(input), null));
}

test('an AllowList matches addresses by range and port, and names exactly or by domain', () => {
  const allow = new AllowList(['0x7f.1:8080', '10.0.0.0/8', '[::1]', 'intranet.example', '*.corp.example:443']);
  assert.ok(allow.allowsAddress(parseIp('127.0.0.1')!, 8080));
  assert.ok(!allow.allowsAddress(parseIp('127.0.0.1')!, 8081));
  assert.ok(allow.allowsAddress(parseIp('10.9.8.7')!, 1));
  assert.ok(allow.allowsAddress(parseIp('::1')!, 80));
  assert.ok(allow.allowsHost('intranet.example.', 80));
  assert.ok(!allow.allowsHost('www.intranet.example', 80));
  assert.ok(allow.allowsHost('wiki.corp.example', 443));
  assert.ok(!allow.allowsHost('wiki.corp.example', 80));
  assert.ok(!allow.allowsHost('corp.example', 443));
  allow.add('wiki.corp.example');
  assert.ok(allow.allowsHost('wiki.corp.example', 80), 'entries added later count');
  assert.throws(() => allow.add('not a host'), /"not a host" is no host name/);
});
