import { decodeEntities } from './entities.ts';

/** A piece of markup as the tolerant OPML reader sees it. */
export type Token =
  | { kind: 'open'; name: string; attrs: Map<string, string>; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

function attributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(/([^\s=/>"']+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    const name = m[1]!.toLowerCase();
    // The first occurrence wins, as in a DOM; repeated attributes are an error we forgive.
    if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

/** Index just past the `>` that ends a tag starting at `from`, skipping `>` inside quoted values. */
function tagEnd(xml: string, from: number): number {
  let quote: string | null = null;
  for (let i = from; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
    // A tag that runs into the next one was left unclosed; end it there.
    else if (c === '<') return i;
  }
  return xml.length;
}

function skipTo(xml: string, from: number, marker: string): number {
  const at = xml.indexOf(marker, from);
  return at < 0 ? xml.length : at + marker.length;
}

/** Skips a DOCTYPE with its internal subset without reading any entity definition in it. */
function skipDoctype(xml: string, from: number): number {
  const bracket = xml.indexOf('[', from);
  const close = xml.indexOf('>', from);
  if (bracket >= 0 && (close < 0 || bracket < close)) return skipTo(xml, skipTo(xml, bracket, ']'), '>');
  return close < 0 ? xml.length : close + 1;
}

/**
 * Splits markup into start tags, end tags and text, forgiving what broken files contain: unclosed
 * tags, unquoted attributes, stray `<` and `&`. Comments, processing instructions and DOCTYPEs are skipped.
 */
export function* tokenize(xml: string): Generator<Token> {
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0 || lt > i) {
      const end = lt < 0 ? xml.length : lt;
      yield { kind: 'text', text: decodeEntities(xml.slice(i, end)) };
      i = end;
      continue;
    }
    if (xml.startsWith('<!--', i)) i = skipTo(xml, i + 4, '-->');
    else if (xml.startsWith('<![CDATA[', i)) {
      const end = xml.indexOf(']]>', i);
      yield { kind: 'text', text: xml.slice(i + 9, end < 0 ? xml.length : end) };
      i = end < 0 ? xml.length : end + 3;
    } else if (/^<!doctype/i.test(xml.slice(i, i + 9))) i = skipDoctype(xml, i + 9);
    else if (xml.startsWith('<?', i) || xml.startsWith('<!', i)) i = skipTo(xml, i + 2, '>');
    else if (/^<\/[A-Za-z_]/.test(xml.slice(i, i + 3))) {
      const end = tagEnd(xml, i + 2);
      yield { kind: 'close', name: /^[^\s>/]+/.exec(xml.slice(i + 2, end))![0].toLowerCase() };
      i = end;
    } else if (/^<[A-Za-z_]/.test(xml.slice(i, i + 2))) {
      const end = tagEnd(xml, i + 1);
      const body = xml.slice(i + 1, xml[end - 1] === '>' ? end - 1 : end);
      const name = /^[^\s>/]+/.exec(body)![0];
      yield { kind: 'open', name: name.toLowerCase(), attrs: attributes(body.slice(name.length)), selfClosing: body.trimEnd().endsWith('/') };
      i = end;
    } else {
      yield { kind: 'text', text: '<' };
      i += 1;
    }
  }
}
