// A strict XML 1.0 well-formedness check for the demo's feeds. feedsmith forgives broken markup, so
// the tests need something that does not: balanced tags, one root, quoted attributes, valid entities.

const NAME = /^[A-Za-z_][\w.:-]*$/;
const ENTITY = /^&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;

/** Returns the first well-formedness problem in `xml`, or null when there is none. */
export function xmlProblem(xml: string): string | null {
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  while (i < xml.length) {
    if (xml.startsWith('<?', i)) i = skipTo(xml, i, '?>');
    else if (xml.startsWith('<!--', i)) i = skipTo(xml, i, '-->');
    else if (xml.startsWith('<![CDATA[', i)) {
      if (stack.length === 0) return `CDATA outside the root at ${i}`;
      i = skipTo(xml, i, ']]>');
    } else if (xml.startsWith('<!', i)) return `unexpected declaration at ${i}`;
    else if (xml[i] === '<') {
      const end = tagEnd(xml, i);
      if (end < 0) return `unterminated tag at ${i}`;
      const problem = readTag(xml.slice(i + 1, end), stack, () => roots++);
      if (problem) return `${problem} at ${i}`;
      i = end + 1;
    } else {
      const next = xml.indexOf('<', i);
      const text = xml.slice(i, next < 0 ? xml.length : next);
      if (stack.length === 0 && text.trim() !== '') return `text outside the root at ${i}`;
      const problem = textProblem(text);
      if (problem) return `${problem} at ${i}`;
      i = next < 0 ? xml.length : next;
    }
    if (i < 0) return 'unterminated construct';
  }
  if (stack.length > 0) return `unclosed <${stack.at(-1)}>`;
  return roots === 1 ? null : `expected one root element, found ${roots}`;
}

function skipTo(xml: string, from: number, end: string): number {
  const at = xml.indexOf(end, from);
  return at < 0 ? -1 : at + end.length;
}

/** Index of the ">" closing the tag at `from`, skipping ">" inside quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote: string | null = null;
  for (let j = from + 1; j < xml.length; j++) {
    const c = xml[j];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '<') return -1;
    else if (c === '>') return j;
  }
  return -1;
}

function readTag(inner: string, stack: string[], countRoot: () => void): string | null {
  if (inner.startsWith('/')) {
    const name = inner.slice(1).trim();
    const open = stack.pop();
    return open === name ? null : `</${name}> closes <${open ?? 'nothing'}>`;
  }
  const selfClosing = inner.endsWith('/');
  const body = selfClosing ? inner.slice(0, -1) : inner;
  const name = /^\S+/.exec(body)?.[0] ?? '';
  if (!NAME.test(name)) return `bad element name "${name}"`;
  const attrs = body.slice(name.length);
  const attrRe = /\s+([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/y;
  let pos = 0;
  const seen = new Set<string>();
  while (pos < attrs.length) {
    if (attrs.slice(pos).trim() === '') break;
    attrRe.lastIndex = pos;
    const m = attrRe.exec(attrs);
    if (!m) return `bad attribute syntax in <${name}>`;
    if (seen.has(m[1]!)) return `duplicate attribute ${m[1]} in <${name}>`;
    seen.add(m[1]!);
    const problem = textProblem(m[3] ?? m[4] ?? '');
    if (problem) return `${problem} in attribute ${m[1]}`;
    pos = attrRe.lastIndex;
  }
  if (stack.length === 0) countRoot();
  if (!selfClosing) stack.push(name);
  return null;
}

function textProblem(text: string): string | null {
  for (let j = text.indexOf('&'); j >= 0; j = text.indexOf('&', j + 1)) {
    if (!ENTITY.test(text.slice(j))) return `bare "&"`;
  }
  return text.includes('<') ? 'bare "<"' : null;
}
