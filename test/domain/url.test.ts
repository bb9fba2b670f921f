import { test } from 'node:test';
import assert from 'node:assert/strict';
import { absoluteHttpUrl, canonicalizeUrl } from '../../src/domain/url.ts';

const cases: Array<{ name: string; input: string; expected: string | null }> = [
  { name: 'drops utm_* and the fragment', input: 'https://www.example.de/politik/a-1.html?utm_source=rss&utm_medium=feed#kommentare', expected: 'https://www.example.de/politik/a-1.html' },
  { name: 'keeps meaningful parameters in order', input: 'https://example.de/artikel?id=42&seite=2&fbclid=abc', expected: 'https://example.de/artikel?id=42&seite=2' },
  { name: 'lower-cases the host, drops the default port', input: 'HTTPS://WWW.Example.DE:443/Pfad', expected: 'https://www.example.de/Pfad' },
  { name: 'tracking names in any case', input: 'https://example.de/a?UTM_Campaign=x&wt_mc=y&at_medium=z', expected: 'https://example.de/a' },
  { name: 'drops credentials', input: 'https://user:pw@example.de/a', expected: 'https://example.de/a' },
  { name: 'refuses javascript:', input: 'javascript:alert(1)', expected: null },
  { name: 'refuses garbage', input: 'nicht eine url', expected: null },
];

for (const c of cases) {
  test(`canonicalizeUrl: ${c.name}`, () => assert.equal(canonicalizeUrl(c.input), c.expected));
}

test('absoluteHttpUrl resolves relative links and refuses other schemes', () => {
  assert.equal(absoluteHttpUrl('../b.html', 'https://example.de/x/y/a.html'), 'https://example.de/x/b.html');
  assert.equal(absoluteHttpUrl('//cdn.example.de/i.png', 'https://example.de/'), 'https://cdn.example.de/i.png');
  assert.equal(absoluteHttpUrl('mailto:a@example.de', 'https://example.de/'), null);
  assert.equal(absoluteHttpUrl(null, 'https://example.de/'), null);
});
