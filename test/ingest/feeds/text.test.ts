import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { decodeHtmlEntities, plainText, stripTags } from '../../../src/ingest/feeds/text.ts';

describe('decodeHtmlEntities', () => {
  const cases = [
    { name: 'named', input: 'Caf&eacute; &amp; Bar', expected: 'Café & Bar' },
    { name: 'decimal and hex', input: '&#8222;Hallo&#x201C;', expected: '„Hallo“' },
    { name: 'windows-1252 range read as windows-1252', input: '5 &#128;', expected: '5 €' },
    { name: 'unknown name kept', input: '&bogus; and AT&T', expected: '&bogus; and AT&T' },
    { name: 'invalid code point becomes U+FFFD', input: '&#xD800;', expected: '\uFFFD' },
    { name: 'Greek and symbols', input: '&alpha;&Omega;&euro;&hellip;', expected: 'αΩ€…' },
  ];
  for (const c of cases) test(c.name, () => assert.equal(decodeHtmlEntities(c.input), c.expected));
});

describe('stripTags', () => {
  const cases = [
    { name: 'inline tags', input: 'a <b>bold</b> move', expected: 'a bold move' },
    { name: 'block tags keep words apart', input: '<p>one</p><p>two</p>', expected: ' one  two ' },
    { name: 'a lone < is not a tag', input: 'x < y and a<b', expected: 'x < y and a<b' },
    { name: 'comments', input: 'a<!-- hidden -->b', expected: 'ab' },
    { name: 'script bodies go with the tag', input: 'safe<script type="text/javascript">location.href=1;</script> text', expected: 'safe text' },
    { name: 'style bodies go with the tag', input: '<STYLE>p{}</STYLE>x', expected: 'x' },
    { name: 'an unclosed script runs to the end', input: 'a<script>b', expected: 'a' },
  ];
  for (const c of cases) test(c.name, () => assert.equal(stripTags(c.input), c.expected));
});

describe('plainText', () => {
  const cases: Array<{ name: string; input: string | null; expected: string | null }> = [
    { name: 'HTML title', input: 'Fish &amp; <em>Chips</em>', expected: 'Fish & Chips' },
    { name: 'double-escaped ampersand', input: 'AT&amp;T', expected: 'AT&T' },
    { name: 'white space collapses, no-break spaces stay', input: '  Neue\u00a0Zeile\n\n hier ', expected: 'Neue\u00a0Zeile hier' },
    { name: 'empty becomes null', input: ' <br/> ', expected: null },
    { name: 'null stays null', input: null, expected: null },
  ];
  for (const c of cases) test(c.name, () => assert.equal(plainText(c.input), c.expected));
});
