import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHttpUrl, resolveLocation } from '../../../src/ingest/fetch/index.ts';

const valid = [
  { name: 'http', input: 'http://example.org/feed', expected: 'http://example.org/feed' },
  { name: 'https with spaces around', input: '  https://example.org/a?b=1 ', expected: 'https://example.org/a?b=1' },
  { name: 'international domain', input: 'https://bücher.de/rss', expected: 'https://xn--bcher-kva.de/rss' },
];
for (const { name, input, expected } of valid) {
  test(`parseHttpUrl accepts ${name}`, () => assert.equal(parseHttpUrl(input).href, expected));
}

for (const input of ['example.org/feed', 'file:///etc/hosts', 'data:text/plain,hi', 'http://', 'mailto:a@b.de']) {
  test(`parseHttpUrl refuses ${input}`, () => {
    assert.throws(() => parseHttpUrl(input), { name: 'AppError', code: 'invalid_url' });
  });
}

const locations = [
  { name: 'absolute path', input: '/x', expected: 'https://example.org/x' },
  { name: 'relative path', input: 'c/d', expected: 'https://example.org/a/c/d' },
  { name: 'parent', input: '../up', expected: 'https://example.org/up' },
  { name: 'scheme-relative', input: '//cdn.example.net/f', expected: 'https://cdn.example.net/f' },
  { name: 'other host', input: 'http://other.example/', expected: 'http://other.example/' },
  { name: 'keeps the original fragment', input: '/y', base: 'https://example.org/a/b#top', expected: 'https://example.org/y#top' },
  { name: 'own fragment wins', input: '/y#end', base: 'https://example.org/a/b#top', expected: 'https://example.org/y#end' },
];
for (const { name, input, base, expected } of locations) {
  test(`resolveLocation: ${name}`, () => {
    assert.equal(resolveLocation(input, new URL(base ?? 'https://example.org/a/b')).href, expected);
  });
}

test('resolveLocation refuses a non-web target', () => {
  assert.throws(() => resolveLocation('javascript:alert(1)', new URL('https://example.org/')), { code: 'invalid_url' });
});
