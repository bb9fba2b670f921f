import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { detectXmlFormat, sniffSyntax } from '../../../src/ingest/feeds/detect.ts';
import { parseXml } from '../../../src/ingest/feeds/xml/tree.ts';

describe('sniffSyntax', () => {
  const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
  const cases: Array<{ name: string; input: Uint8Array | string; contentType: string | null; expected: 'json' | 'xml' }> = [
    { name: 'JSON object', input: '  {"version": 1}', contentType: null, expected: 'json' },
    { name: 'JSON bytes after a BOM', input: new Uint8Array([0xef, 0xbb, 0xbf, 0x0a, 0x7b]), contentType: null, expected: 'json' },
    { name: 'XML', input: enc('<?xml version="1.0"?><rss/>'), contentType: null, expected: 'xml' },
    { name: 'XML served as JSON is still XML', input: '<rss/>', contentType: 'application/json', expected: 'xml' },
    { name: 'JSON content type decides for odd bodies', input: 'x', contentType: 'application/feed+json', expected: 'json' },
  ];
  for (const c of cases) test(c.name, () => assert.equal(sniffSyntax(c.input, c.contentType), c.expected));
});

describe('detectXmlFormat', () => {
  const cases: Array<{ name: string; xml: string; expected: string }> = [
    { name: 'RSS 2.0', xml: '<rss version="2.0"><channel/></rss>', expected: 'feed:rss' },
    { name: 'bare channel', xml: '<channel><title>x</title></channel>', expected: 'feed:rss' },
    { name: 'RSS 1.0', xml: '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>', expected: 'feed:rdf' },
    { name: 'Atom 1.0', xml: '<feed xmlns="http://www.w3.org/2005/Atom"/>', expected: 'feed:atom' },
    { name: 'Atom 0.3', xml: '<feed version="0.3" xmlns="http://purl.org/atom/ns#"/>', expected: 'feed:atom' },
    { name: 'HTML page', xml: '<!DOCTYPE html><html><body>hi</body></html>', expected: 'html' },
    { name: 'wrapped feed', xml: '<envelope><rss><channel/></rss></envelope>', expected: 'feed:rss:nested' },
    { name: 'other XML', xml: '<svg xmlns="http://www.w3.org/2000/svg"/>', expected: 'unknown' },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const d = detectXmlFormat(parseXml(c.xml).root);
      const label = d.kind === 'feed' ? `feed:${d.format}${d.nested ? ':nested' : ''}` : d.kind;
      assert.equal(label, c.expected);
    });
  }
});
