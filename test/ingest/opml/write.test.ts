import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseOpml, writeOpml } from '../../../src/ingest/opml/index.ts';
import { decodeEntities, escapeAttribute } from '../../../src/ingest/opml/entities.ts';

describe('decodeEntities', () => {
  const cases = [
    { name: 'the five XML entities', input: '&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos;', expected: `<a> & "b" 'c'` },
    { name: 'decimal and hex references', input: 'M&#252;hle &#x2013; Stra&#xDF;e', expected: 'Mühle – Straße' },
    { name: 'HTML names exporters write', input: '&auml;&ouml;&uuml;&szlig;&nbsp;&bdquo;x&ldquo;', expected: 'äöüß\u00a0„x“' },
    { name: 'a bare ampersand stays', input: 'Tom & Jerry &c', expected: 'Tom & Jerry &c' },
    { name: 'unknown entities stay as written', input: '&lol9; &xxe;', expected: '&lol9; &xxe;' },
    { name: 'references to forbidden characters stay', input: '&#0; &#xD800; &#x110000;', expected: '&#0; &#xD800; &#x110000;' },
  ];
  for (const c of cases) test(c.name, () => assert.equal(decodeEntities(c.input), c.expected));
});

describe('escapeAttribute', () => {
  const cases = [
    { name: 'markup characters', input: `<a href="x">Tom & 'Jerry'</a>`, expected: `&lt;a href=&quot;x&quot;&gt;Tom &amp; 'Jerry'&lt;/a&gt;` },
    { name: 'line breaks and tabs survive attribute normalisation', input: 'a\nb\tc\rd', expected: 'a&#10;b&#9;c&#13;d' },
    { name: 'characters XML forbids are dropped', input: 'a\u0000b\u001bc\ufffed\ud800e', expected: 'abcde' },
    { name: 'astral characters stay', input: 'Zeitung 📰', expected: 'Zeitung 📰' },
  ];
  for (const c of cases) test(c.name, () => assert.equal(escapeAttribute(c.input), c.expected));
});

describe('writeOpml', () => {
  const doc = {
    title: 'Presseschau <Test> & Co',
    dateCreated: new Date('2026-11-27T10:00:00Z'),
    groups: [
      { category: 'Politik & "Wirtschaft"', feeds: [{ xmlUrl: 'https://a.example/feed?x=1&y=2', text: 'A <b>fett</b>', htmlUrl: 'https://a.example/', language: 'de' }] },
      { category: null, feeds: [{ xmlUrl: 'https://b.example/rss', text: 'B\nzwei Zeilen', title: 'B-Titel' }] },
    ],
  };

  test('writes OPML 2.0 with one folder per category and escaped values', () => {
    const xml = writeOpml(doc);
    assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<opml version="2.0">/);
    assert.match(xml, /<title>Presseschau &lt;Test&gt; &amp; Co<\/title>/);
    assert.match(xml, /<dateCreated>Fri, 27 Nov 2026 10:00:00 GMT<\/dateCreated>/);
    assert.match(xml, /<outline text="Politik &amp; &quot;Wirtschaft&quot;" title="Politik &amp; &quot;Wirtschaft&quot;">/);
    assert.match(xml, /xmlUrl="https:\/\/a.example\/feed\?x=1&amp;y=2"/);
    assert.doesNotMatch(xml, /&(?!amp;|lt;|gt;|quot;|#\d+;)/);
  });

  test('reads back to the same feeds, titles and categories', () => {
    const parsed = parseOpml(writeOpml(doc));
    assert.equal(parsed.version, '2.0');
    assert.equal(parsed.title, doc.title);
    assert.deepEqual(
      parsed.feeds.map((f) => [f.xmlUrl, f.text, f.title, f.htmlUrl, f.language, f.category]),
      [
        ['https://a.example/feed?x=1&y=2', 'A <b>fett</b>', 'A <b>fett</b>', 'https://a.example/', 'de', 'Politik & "Wirtschaft"'],
        // Whitespace in titles is folded, as in every outline reader.
        ['https://b.example/rss', 'B zwei Zeilen', 'B-Titel', null, null, null],
      ],
    );
  });
});

describe('writeOpml with nested groups', () => {
  const doc = {
    title: 'Verschachtelt',
    groups: [
      {
        category: 'Nachrichten',
        feeds: [{ xmlUrl: 'https://ticker.example/feed', text: 'Ticker' }],
        groups: [
          { category: 'Politik', feeds: [], groups: [{ category: 'Inland & Bund', feeds: [{ xmlUrl: 'https://inland.example/feed', text: 'Inland' }] }] },
          { category: 'Regional', feeds: [{ xmlUrl: 'https://region.example/feed', text: 'Region' }] },
        ],
      },
      // A group without a category has no folder: its feeds and groups stand where it stands.
      { category: null, feeds: [{ xmlUrl: 'https://lose.example/feed', text: 'Lose' }], groups: [{ category: 'Sport', feeds: [{ xmlUrl: 'https://sport.example/feed', text: 'Sport' }] }] },
    ],
  };

  test('writes each folder inside its parent, its feeds before its child folders, indented by depth', () => {
    const lines = writeOpml(doc).split('\n');
    const body = lines.slice(lines.indexOf('  <body>') + 1, lines.indexOf('  </body>'));
    assert.deepEqual(body, [
      '    <outline text="Nachrichten" title="Nachrichten">',
      '      <outline type="rss" text="Ticker" title="Ticker" xmlUrl="https://ticker.example/feed"/>',
      '      <outline text="Politik" title="Politik">',
      '        <outline text="Inland &amp; Bund" title="Inland &amp; Bund">',
      '          <outline type="rss" text="Inland" title="Inland" xmlUrl="https://inland.example/feed"/>',
      '        </outline>',
      '      </outline>',
      '      <outline text="Regional" title="Regional">',
      '        <outline type="rss" text="Region" title="Region" xmlUrl="https://region.example/feed"/>',
      '      </outline>',
      '    </outline>',
      '    <outline type="rss" text="Lose" title="Lose" xmlUrl="https://lose.example/feed"/>',
      '    <outline text="Sport" title="Sport">',
      '      <outline type="rss" text="Sport" title="Sport" xmlUrl="https://sport.example/feed"/>',
      '    </outline>',
    ]);
  });

  test('reads back with every folder on the path', () => {
    assert.deepEqual(
      parseOpml(writeOpml(doc)).feeds.map((f) => [f.xmlUrl, f.folders]),
      [
        ['https://ticker.example/feed', ['Nachrichten']],
        ['https://inland.example/feed', ['Nachrichten', 'Politik', 'Inland & Bund']],
        ['https://region.example/feed', ['Nachrichten', 'Regional']],
        ['https://lose.example/feed', []],
        ['https://sport.example/feed', ['Sport']],
      ],
    );
  });
});

describe('a large generated list', () => {
  test('2000 feeds in 40 folders are all read with their folder', () => {
    const groups = Array.from({ length: 40 }, (_, g) => ({
      category: `Ordner ${g}`,
      feeds: Array.from({ length: 50 }, (_, i) => ({ xmlUrl: `https://site${g}-${i}.example/feed?n=${i}&g=${g}`, text: `Feed ${g}/${i} & mehr` })),
    }));
    const parsed = parseOpml(writeOpml({ title: 'Groß', groups }));
    assert.equal(parsed.feeds.length, 2000);
    assert.equal(new Set(parsed.feeds.map((f) => f.xmlUrl)).size, 2000);
    assert.deepEqual(parsed.feeds[1234], {
      xmlUrl: 'https://site24-34.example/feed?n=34&g=24',
      text: 'Feed 24/34 & mehr',
      title: 'Feed 24/34 & mehr',
      htmlUrl: null,
      language: null,
      folders: ['Ordner 24'],
      category: 'Ordner 24',
    });
  });
});
