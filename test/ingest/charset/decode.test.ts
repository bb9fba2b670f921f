import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeDocument } from '../../../src/ingest/charset/index.ts';

const german = 'Grüße aus Köln, 5 € für Maß';
const cp1252 = iconv.encode(german, 'windows-1252');
const utf8 = Buffer.from(german, 'utf8');

const cases = [
  { name: 'header charset windows-1252 (0x80 is €)', bytes: cp1252, contentType: 'text/html; charset=windows-1252', kind: 'html', charset: 'windows-1252', source: 'header' },
  { name: 'header iso-8859-1 means windows-1252', bytes: cp1252, contentType: 'text/html; charset=ISO-8859-1', kind: 'html', charset: 'windows-1252', source: 'header' },
  { name: 'meta charset', bytes: Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>'), cp1252]), contentType: 'text/html', kind: 'html', charset: 'windows-1252', source: 'declaration' },
  { name: 'XML declaration', bytes: Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-15"?><r>'), iconv.encode(german, 'iso-8859-15')]), contentType: 'application/xml', kind: 'xml', charset: 'iso-8859-15', source: 'declaration' },
  { name: 'nothing declared, valid UTF-8', bytes: utf8, contentType: null, kind: 'html', charset: 'utf-8', source: 'utf8' },
  { name: 'nothing declared, not UTF-8', bytes: cp1252, contentType: null, kind: 'html', charset: 'windows-1252', source: 'fallback' },
  { name: 'BOM beats the header', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), contentType: 'text/html; charset=windows-1252', kind: 'html', charset: 'utf-8', source: 'bom' },
  { name: 'declared latin-1 but really UTF-8', bytes: Buffer.concat([Buffer.from('<meta charset="iso-8859-1">'), utf8]), contentType: null, kind: 'html', charset: 'utf-8', source: 'utf8' },
] as const;

for (const c of cases) {
  test(`decodeDocument: ${c.name}`, () => {
    const result = decodeDocument(c.bytes, { contentType: c.contentType, kind: c.kind });
    assert.equal(result.charset, c.charset);
    assert.equal(result.source, c.source);
    assert.ok(result.text.endsWith(german), result.text);
  });
}

test('decodeDocument: declared UTF-8 that is not falls back without losing text', () => {
  const result = decodeDocument(cp1252, { contentType: 'text/html; charset=utf-8', kind: 'html' });
  assert.equal(result.text, german);
  assert.equal(result.overridden?.reason, 'bytes are not valid UTF-8');
});
