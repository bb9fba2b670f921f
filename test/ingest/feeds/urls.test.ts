import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { absolutizeHtml, resolveLink } from '../../../src/ingest/feeds/urls.ts';

describe('resolveLink', () => {
  const cases: Array<{ name: string; href: string | null; bases: Array<string | null>; expected: string | null }> = [
    { name: 'absolute stays', href: 'https://a.example/x', bases: ['https://b.example/'], expected: 'https://a.example/x' },
    { name: 'first usable base wins', href: 'x', bases: [null, 'https://site.example/dir/', 'https://feed.example/'], expected: 'https://site.example/dir/x' },
    { name: 'a non-http base is skipped', href: '/x', bases: ['file:///tmp/feed.xml', 'https://feed.example/rss'], expected: 'https://feed.example/x' },
    { name: 'no base leaves relative unresolved', href: 'x', bases: ['file:///tmp/feed.xml'], expected: null },
    { name: 'javascript: is refused', href: 'javascript:alert(1)', bases: ['https://a.example/'], expected: null },
    { name: 'white space trimmed', href: '\n /p \n', bases: ['https://a.example/q/'], expected: 'https://a.example/p' },
    { name: 'empty is null', href: '  ', bases: ['https://a.example/'], expected: null },
  ];
  for (const c of cases) test(c.name, () => assert.equal(resolveLink(c.href, ...c.bases), c.expected));
});

describe('absolutizeHtml', () => {
  const base = 'https://news.example/2024/';
  const cases = [
    { name: 'href and src', input: '<a href="a.html">a</a><img src=\'/i.png\'>', expected: '<a href="https://news.example/2024/a.html">a</a><img src=\'https://news.example/i.png\'>' },
    { name: 'absolute, fragment and mailto untouched', input: '<a href="#top">t</a><a href="mailto:x@example.org">m</a><a href="https://o.example/">o</a>', expected: '<a href="#top">t</a><a href="mailto:x@example.org">m</a><a href="https://o.example/">o</a>' },
    { name: 'escaped ampersands survive', input: '<a href="q?a=1&amp;b=2">q</a>', expected: '<a href="https://news.example/2024/q?a=1&amp;b=2">q</a>' },
    { name: 'text that looks like an attribute is left alone', input: 'write href="x" in text', expected: 'write href="x" in text' },
    { name: 'every link attribute of a tag, not only the first', input: '<video src="v.mp4" poster = "/p.jpg" title="a=b"></video>', expected: '<video src="https://news.example/2024/v.mp4" poster = "https://news.example/p.jpg" title="a=b"></video>' },
    { name: 'only whole attribute names count', input: '<img data-src="x.jpg" xsrc="y.jpg" src="z.jpg">', expected: '<img data-src="x.jpg" xsrc="y.jpg" src="https://news.example/2024/z.jpg">' },
    { name: 'after a closed tag, text is text again', input: '<b>fett</b> src="x" <i title=">">k</i>', expected: '<b>fett</b> src="x" <i title=">">k</i>' },
  ];
  for (const c of cases) test(c.name, () => assert.equal(absolutizeHtml(c.input, base), c.expected));
  test('without a usable base nothing changes', () => assert.equal(absolutizeHtml('<a href="x">x</a>', null), '<a href="x">x</a>'));
});
