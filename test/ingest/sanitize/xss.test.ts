import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { htmlToText, sanitizeArticleHtml } from '../../../src/ingest/sanitize/index.ts';

const payloads = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/sanitize/xss-payloads.json'), 'utf8')) as Array<{ name: string; input: string; text: string }>;
const base = 'https://news.example/section/article.html';

// Whatever a payload tries, none of these may appear in the output.
const DANGEROUS = [
  /<script/i, /<iframe/i, /<svg/i, /<math/i, /<object/i, /<embed/i, /<form/i, /<style/i, /<meta/i, /<base/i,
  /<textarea/i, /<template/i, /<noscript/i, /\son\w+\s*=/i, /javascript:/i, /vbscript:/i, /data:/i, /style=/i,
  /srcdoc/i, /expression\(/i, /target=/i,
];
const ALLOWED_ATTRIBUTES = new Set(['href', 'rel', 'src', 'srcset', 'alt', 'width', 'height', 'data-media', 'data-duration', 'colspan', 'rowspan', 'datetime', 'title', 'start']);

/** Every attribute of the output is allowed and every URL in it is absolute http(s) or mailto. */
function assertOnlySafeAttributes(html: string): void {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      assert.ok(ALLOWED_ATTRIBUTES.has(attr.name), `attribute ${attr.name} in ${html}`);
      const urls = attr.name === 'srcset' ? attr.value.split(',').map((c) => c.trim().split(/\s+/)[0]!) : ['href', 'src'].includes(attr.name) ? [attr.value] : [];
      for (const url of urls) assert.match(url, /^(?:https?:\/\/|mailto:)/, `${attr.name}="${attr.value}"`);
    }
  }
}

describe('sanitizeArticleHtml against XSS shapes', () => {
  test('the table is big enough', () => assert.ok(payloads.length >= 25));

  for (const payload of payloads) {
    test(payload.name, () => {
      const out = sanitizeArticleHtml(payload.input, { baseUrl: base });
      for (const pattern of DANGEROUS) assert.doesNotMatch(out, pattern, `${payload.name}: ${out}`);
      assertOnlySafeAttributes(out);
      assert.ok(htmlToText(out).includes(payload.text), `text survives: ${out}`);
      // Sanitising is idempotent: a second pass finds nothing more to change.
      assert.equal(sanitizeArticleHtml(out, { baseUrl: base }), out);
    });
  }
});
