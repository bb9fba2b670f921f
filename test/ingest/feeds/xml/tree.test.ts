import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseXml, type XmlElement } from '../../../../src/ingest/feeds/xml/tree.ts';
import { childNamed, textContent } from '../../../../src/ingest/feeds/xml/query.ts';
import { embeddedHtml, xhtmlContent } from '../../../../src/ingest/feeds/xml/serialize.ts';

function root(xml: string): { root: XmlElement; problems: string[] } {
  const doc = parseXml(xml, { baseUrl: 'https://example.org/feed' });
  assert.ok(doc.root, 'a root element');
  return { root: doc.root, problems: doc.problems };
}

describe('parseXml', () => {
  test('well-formed input has no problems', () => {
    const { root: r, problems } = root('<?xml version="1.0"?><a x="1"><b>t&amp;u</b><![CDATA[<i>c</i>]]></a>');
    assert.deepEqual(problems, []);
    assert.equal(textContent(r), 't&u<i>c</i>');
  });

  test('unclosed elements are closed by their parent end tag', () => {
    const { root: r, problems } = root('<rss><channel><item><title>A</item><item><title>B</title></item></channel></rss>');
    const channel = childNamed(r, [''], 'channel')!;
    assert.equal(channel.children.length, 2);
    assert.ok(problems.includes('unclosed element <title>'));
  });

  test('a stray end tag is skipped', () => {
    const { root: r, problems } = root('<a><b>x</c></b></a>');
    assert.equal(textContent(childNamed(r, [''], 'b')), 'x');
    assert.ok(problems.includes('stray end tag </c>'));
  });

  test('a truncated document still yields what was read', () => {
    const { root: r, problems } = root('<rss><channel><title>Cut off</title></channel></rss');
    assert.equal(textContent(childNamed(childNamed(r, [''], 'channel'), [''], 'title')), 'Cut off');
    assert.ok(problems.length > 0);
  });

  test('undeclared conventional prefixes get their namespace', () => {
    const { root: r, problems } = root('<item><dc:creator>Ann</dc:creator></item>');
    assert.equal(textContent(childNamed(r, ['dc'], 'creator')), 'Ann');
    assert.ok(problems.includes('undeclared namespace prefix dc'));
  });

  test('any prefix bound to a known URI is recognised', () => {
    const { root: r } = root('<item xmlns:x="http://purl.org/dc/elements/1.1/"><x:creator>Ann</x:creator></item>');
    assert.equal(textContent(childNamed(r, ['dc'], 'creator')), 'Ann');
  });

  test('control characters are dropped', () => {
    const { root: r, problems } = root('<a>b\u0001c\u000bd</a>');
    assert.equal(textContent(r), 'bcd');
    assert.ok(problems.includes('control characters in the document'));
  });

  test('unclosed HTML void elements do not swallow what follows', () => {
    const { root: r } = root('<description><p>a<br>b</p></description>');
    assert.equal(embeddedHtml(r), '<p>a<br>b</p>');
  });

  test('xml:base resolves relative to its parent base', () => {
    const { root: r } = root('<feed xml:base="https://a.example/x/"><entry xml:base="y/"><id>1</id></entry></feed>');
    assert.equal(childNamed(r, [''], 'entry')!.base, 'https://a.example/x/y/');
  });

  test('a "<" that starts no tag is text', () => {
    const { root: r, problems } = root('<a>1 < 2</a>');
    assert.equal(textContent(r), '1 < 2');
    assert.ok(problems.includes('unescaped < in text'));
  });

  test('unquoted attribute values are read', () => {
    const { root: r } = root('<a href=/x title=y>t</a>');
    assert.deepEqual(r.attrs.map((a) => [a.local, a.value]), [['href', '/x'], ['title', 'y']]);
  });

  test('XHTML content loses its wrapping div and namespace', () => {
    const { root: r } = root('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>A &amp; <b>B</b></p></div></content>');
    assert.equal(xhtmlContent(r), '<p>A &amp; <b>B</b></p>');
  });

  test('no element at all gives no root', () => {
    assert.equal(parseXml('just some words').root, null);
  });
});

describe('entities', () => {
  test('billion laughs is not expanded and stays fast', () => {
    const defs = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const body = '<t>&l9;</t>'.repeat(2000);
    const started = performance.now();
    const doc = parseXml(`<!DOCTYPE r [<!ENTITY l0 "lol">${defs}]><r>${body}</r>`);
    assert.ok(performance.now() - started < 2000);
    assert.equal(textContent(doc.root)!.length, '&l9;'.length * 2000);
    assert.ok(doc.problems.some((p) => p.includes('not expanded')));
  });

  test('plain internal entities are expanded', () => {
    const doc = parseXml('<!DOCTYPE r [<!ENTITY me "Zoë &amp; Co">]><r>&me;</r>');
    assert.equal(textContent(doc.root), 'Zoë & Co');
    assert.deepEqual(doc.problems, []);
  });

  test('external entities are never loaded', () => {
    const doc = parseXml('<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/hostname">]><r>&x;</r>');
    assert.equal(textContent(doc.root), '&x;');
    assert.ok(doc.problems.includes('external entity &x; is not loaded'));
  });

  test('HTML entities are decoded and marked as undefined in XML', () => {
    const doc = parseXml('<r>&eacute;&nbsp;</r>');
    assert.equal(textContent(doc.root), 'é\u00a0');
    assert.ok(doc.problems.includes('undefined entity &eacute;'));
  });
});

describe('elements that are always empty', () => {
  test('an enclosure without "/>" does not swallow the rest of the item', () => {
    const { root: r, problems } = root('<item><enclosure url="a.mp3"><guid>g1</guid></item>');
    assert.equal(textContent(childNamed(r, [''], 'guid')), 'g1');
    assert.deepEqual(problems, ['unclosed element <enclosure>']);
  });

  test('an enclosure closed after white space is not a problem', () => {
    const { root: r, problems } = root('<item><enclosure url="a.mp3">\n</enclosure><guid>g1</guid></item>');
    assert.equal(textContent(childNamed(r, [''], 'guid')), 'g1');
    assert.deepEqual(problems, []);
  });

  test('an Atom link without "/>" does not swallow the entry', () => {
    const { root: r } = root('<entry xmlns="http://www.w3.org/2005/Atom"><link href="/a"><id>e1</id></entry>');
    assert.equal(textContent(childNamed(r, ['atom'], 'id')), 'e1');
  });
});
