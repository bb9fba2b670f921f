// Markup compared as markup: attribute order, namespace declarations, quoting, the spelling of
// empty elements (<br />, <circle/>, <circle></circle>) and of URLs do not make two fragments different.

import { characterFromCode } from '../../src/ingest/feeds/html-entities.ts';

const TAG = /<([A-Za-z][\w:.-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/g;
const ATTR = /([^\s=>/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;

// A link compares as a URL: "http://any.test/\u00c0" and "http://any.test/%C3%80" are one address.
function sameUrl(value: string): string {
  try {
    return new URL(value).href;
  } catch {
    return value;
  }
}

function attributes(raw: string): string {
  const list: Array<[string, string]> = [];
  for (const m of raw.matchAll(ATTR)) {
    // HTML attribute names are case-insensitive (the HTML parser restores SVG's camel case itself).
    const name = m[1]!.toLowerCase();
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    const value = (m[2] ?? '').replace(/^["']|["']$/g, '').replace(/&quot;/g, '"');
    list.push([name, /^(href|src)$/.test(name) ? sameUrl(value) : value]);
  }
  list.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return list.map(([n, v]) => ` ${n}="${v}"`).join('');
}

// A numeric reference is the character it names (HTML reads &#146; as U+2019, like windows-1252);
// the markup characters stay escaped.
function numericReference(whole: string, hex: string | undefined, dec: string | undefined): string {
  const char = characterFromCode(hex !== undefined ? parseInt(hex, 16) : Number(dec));
  return char === null || '<>&"\''.includes(char) ? whole.toLowerCase() : char;
}

/** A fragment of HTML in one canonical spelling (an empty element is written as its start tag alone). */
export function canonicalHtml(html: string): string {
  return html
    .replace(TAG, (_whole, name: string, attrs: string) => `<${name}${attributes(attrs)}>`)
    .replace(/<([A-Za-z][\w:.-]*)([^<>]*)><\/\1>/g, '<$1$2>')
    .replace(/&#(?:[xX]([0-9a-fA-F]+)|(\d+));/g, numericReference)
    .trim();
}
