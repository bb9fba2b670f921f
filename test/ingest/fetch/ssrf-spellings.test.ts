import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AllowList } from '../../../src/domain/allow-list.ts';
import { parseHttpUrl } from '../../../src/ingest/fetch/url.ts';
import { createAddressGuard } from '../../../src/ingest/fetch/ssrf/guard.ts';

// Every URL goes through the client's own URL parsing and then the guard's check before connecting.
// `blocked` names the words the refusal must contain; `allowed` URLs pass this check (names then go
// on to the check at DNS resolution, tested in ssrf.test.ts).
interface Case {
  url: string;
  blocked?: RegExp;
  allow?: string[];
}

const LOOPBACK = /is a loopback (address|name)/;

const cases: Case[] = [
  // Loopback in every IPv4 spelling the URL standard knows.
  { url: 'http://127.0.0.1/', blocked: /^fetch: 127\.0\.0\.1 is a loopback address; outgoing requests to internal addresses are blocked \(PRESSESCHAU_FETCH_ALLOW opens them\)$/ },
  { url: 'http://2130706433/', blocked: LOOPBACK },
  { url: 'http://0x7f000001/', blocked: LOOPBACK },
  { url: 'http://0x7f.1/', blocked: LOOPBACK },
  { url: 'http://0x7f.0x0.0x0.0x1/', blocked: LOOPBACK },
  { url: 'http://0177.0.0.1/', blocked: LOOPBACK },
  { url: 'http://0177.1/', blocked: LOOPBACK },
  { url: 'http://017700000001/', blocked: LOOPBACK },
  { url: 'http://127.1/', blocked: LOOPBACK },
  { url: 'http://127.0.1/', blocked: LOOPBACK },
  { url: 'http://127.000.000.001/', blocked: LOOPBACK },
  { url: 'http://127.0.0.1./', blocked: LOOPBACK },
  { url: 'http://127.255.255.254:8080/x', blocked: LOOPBACK },
  { url: 'http://%31%32%37.0.0.1/', blocked: LOOPBACK },
  { url: 'http://１２７.０.０.１/', blocked: LOOPBACK },
  { url: 'http://127。0。0。1/', blocked: LOOPBACK },
  { url: 'http://①②⑦.0.0.1/', blocked: LOOPBACK },
  { url: 'http://user:secret@127.0.0.1/', blocked: LOOPBACK },
  { url: 'https://127.0.0.1:8443/', blocked: LOOPBACK },
  // Loopback in IPv6 and IPv4 wrapped in IPv6.
  { url: 'http://[::1]/', blocked: LOOPBACK },
  { url: 'http://[0:0:0:0:0:0:0:1]/', blocked: LOOPBACK },
  { url: 'http://[::ffff:127.0.0.1]/', blocked: /::ffff:7f00:1 is a loopback address \(127\.0\.0\.1, IPv4-mapped\)/ },
  { url: 'http://[::ffff:7f00:1]/', blocked: /\(127\.0\.0\.1, IPv4-mapped\)/ },
  { url: 'http://[0:0:0:0:0:ffff:7f00:1]/', blocked: /IPv4-mapped/ },
  { url: 'http://[::127.0.0.1]/', blocked: /\(127\.0\.0\.1, IPv4-compatible\)/ },
  { url: 'http://[64:ff9b::127.0.0.1]/', blocked: /\(127\.0\.0\.1, NAT64\)/ },
  { url: 'http://[64:ff9b::a00:1]/', blocked: /private network address \(10\.0\.0\.1, NAT64\)/ },
  { url: 'http://[64:ff9b:1::a00:1]/', blocked: /private network address$|private network address;/ },
  { url: 'http://[2002:7f00:1::]/', blocked: /\(127\.0\.0\.1, 6to4\)/ },
  { url: 'http://[2002:c0a8:101::1]/', blocked: /\(192\.168\.1\.1, 6to4\)/ },
  { url: 'http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/', blocked: /\(127\.0\.0\.1, Teredo\)/ },
  { url: 'http://[::ffff:a9fe:a9fe]/', blocked: /cloud metadata address \(169\.254\.169\.254, IPv4-mapped\)/ },
  // Names that are loopback by definition (RFC 6761).
  { url: 'http://localhost/', blocked: /^fetch: localhost is a loopback name;/ },
  { url: 'http://LOCALHOST./', blocked: /localhost is a loopback name/ },
  { url: 'http://localhost.:8080/', blocked: /localhost is a loopback name/ },
  { url: 'http://app.localhost/', blocked: /app\.localhost is a loopback name/ },
  { url: 'http://a.b.localhost../', blocked: /a\.b\.localhost is a loopback name/ },
  // Private, link-local, metadata, CGNAT and the rest.
  { url: 'http://10.0.0.1/', blocked: /private network address/ },
  { url: 'http://10.255.255.255/', blocked: /private network address/ },
  { url: 'http://172.16.0.1/', blocked: /private network address/ },
  { url: 'http://172.31.255.255/', blocked: /private network address/ },
  { url: 'http://192.168.0.1/', blocked: /private network address/ },
  { url: 'http://3232235777/', blocked: /192\.168\.1\.1 is a private network address/ },
  { url: 'http://169.254.169.254/latest/meta-data/', blocked: /169\.254\.169\.254 is the cloud metadata address/ },
  { url: 'http://0xa9fea9fe/', blocked: /cloud metadata address/ },
  { url: 'http://[fd00:ec2::254]/', blocked: /cloud metadata address/ },
  { url: 'http://169.254.1.1/', blocked: /link-local address/ },
  { url: 'http://[fe80::1]/', blocked: /link-local address/ },
  { url: 'http://[febf:ffff::1]/', blocked: /link-local address/ },
  { url: 'http://[fec0::1]/', blocked: /private network address/ },
  { url: 'http://100.64.0.1/', blocked: /carrier-grade NAT address/ },
  { url: 'http://100.127.255.254/', blocked: /carrier-grade NAT address/ },
  { url: 'http://224.0.0.1/', blocked: /multicast address/ },
  { url: 'http://239.255.255.250/', blocked: /multicast address/ },
  { url: 'http://[ff02::1]/', blocked: /multicast address/ },
  { url: 'http://255.255.255.255/', blocked: /the broadcast address/ },
  { url: 'http://0.0.0.0/', blocked: /unspecified address/ },
  { url: 'http://0/', blocked: /0\.0\.0\.0 is an unspecified address/ },
  { url: 'http://0.1.2.3/', blocked: /unspecified address/ },
  { url: 'http://[::]/', blocked: /:: is an unspecified address/ },
  { url: 'http://[fc00::1]/', blocked: /unique local IPv6 address/ },
  { url: 'http://[fd12:3456:789a::1]/', blocked: /unique local IPv6 address/ },
  { url: 'http://192.0.2.10/', blocked: /documentation address/ },
  { url: 'http://198.51.100.7/', blocked: /documentation address/ },
  { url: 'http://203.0.113.99/', blocked: /documentation address/ },
  { url: 'http://[2001:db8::1]/', blocked: /documentation address/ },
  { url: 'http://198.18.0.1/', blocked: /reserved address/ },
  { url: 'http://240.0.0.1/', blocked: /reserved address/ },
  { url: 'http://[::808:808]/', blocked: /reserved address/ },
  // Public addresses, also wrapped, and the edges just outside internal ranges.
  { url: 'http://93.184.216.34/' },
  { url: 'http://1.1.1.1/' },
  { url: 'http://134744072/' },
  { url: 'http://[2606:4700:4700::1111]/' },
  { url: 'http://[::ffff:8.8.8.8]/' },
  { url: 'http://[64:ff9b::808:808]/' },
  { url: 'http://[2002:808:808::1]/' },
  { url: 'http://9.255.255.255/' },
  { url: 'http://11.0.0.0/' },
  { url: 'http://172.15.255.255/' },
  { url: 'http://172.32.0.1/' },
  { url: 'http://192.169.0.1/' },
  { url: 'http://100.63.255.255/' },
  { url: 'http://100.128.0.1/' },
  { url: 'http://169.255.0.1/' },
  { url: 'http://223.255.255.255/' },
  { url: 'http://[fe7f::1]/' },
  // Names are decided at DNS resolution; these only look local.
  { url: 'https://example.org/' },
  { url: 'http://localhost.example.org/' },
  { url: 'http://mylocalhost/' },
  { url: 'http://127.0.0.1.nip.example/' },
  // The allow-list: addresses in any spelling, ports, ranges and names.
  { url: 'http://127.0.0.1:1234/', allow: ['127.0.0.1'] },
  { url: 'http://2130706433/', allow: ['127.0.0.1'] },
  { url: 'http://[::ffff:127.0.0.1]/', allow: ['127.0.0.1'] },
  { url: 'http://127.0.0.2/', allow: ['127.0.0.1'], blocked: LOOPBACK },
  { url: 'http://127.0.0.1:8080/', allow: ['127.0.0.1:8080'] },
  { url: 'http://127.0.0.1:8081/', allow: ['127.0.0.1:8080'], blocked: LOOPBACK },
  { url: 'http://127.0.0.1/', allow: ['127.0.0.1:8080'], blocked: LOOPBACK },
  { url: 'http://127.0.0.1:80/', allow: ['127.0.0.1:80'] },
  { url: 'http://10.20.30.40/', allow: ['10.0.0.0/8'] },
  { url: 'http://192.168.1.1/', allow: ['10.0.0.0/8'], blocked: /private network address/ },
  { url: 'http://[fd12::1]/', allow: ['fd00::/8'] },
  { url: 'http://[fc00::1]/', allow: ['fd00::/8'], blocked: /unique local/ },
  { url: 'http://[::1]:3000/', allow: ['[::1]:3000'] },
  { url: 'http://localhost/', allow: ['localhost'] },
  { url: 'http://localhost./', allow: ['LocalHost.'] },
  { url: 'http://app.localhost/', allow: ['localhost'], blocked: LOOPBACK },
  { url: 'http://app.localhost/', allow: ['*.localhost'] },
  { url: 'http://169.254.169.254/', allow: ['0x7f.1', '169.254.0.0/16'] },
];

for (const { url, blocked, allow } of cases) {
  const name = `${blocked ? 'blocks' : 'lets through'} ${url}${allow ? ` with allow ${allow.join(',')}` : ''}`;
  test(name, () => {
    const guard = createAddressGuard(new AllowList(allow ?? []));
    const check = () => guard.checkUrl(parseHttpUrl(url));
    if (blocked) assert.throws(check, (e: Error & { code?: string }) => e.code === 'blocked_address' && blocked.test(e.message));
    else assert.doesNotThrow(check);
  });
}

test('the table covers at least 40 blocked and 20 allowed spellings', () => {
  assert.ok(cases.filter((c) => c.blocked).length >= 40);
  assert.ok(cases.filter((c) => !c.blocked).length >= 20);
});
