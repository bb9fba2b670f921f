import { EntityResolver } from './entities.ts';

/**
 * Receives the pieces of an XML document in document order, with references already resolved.
 * Attributes come as one flat list of names and values (`[name1, value1, name2, value2, …]`): the
 * tokenizer is the hot loop, and a list per tag is cheaper than an object per attribute.
 */
export interface XmlHandler {
  start(name: string, attrs: string[], selfClosing: boolean): void;
  end(name: string): void;
  text(value: string, cdata: boolean): void;
}

const NAME_START = /[A-Za-z_:\u00c0-\uffff]/;
const NAME_RE = /[^\s/>=<"']+/y;

/**
 * A forgiving XML tokenizer: it never throws, and reports what is wrong (unclosed CDATA, a "<" that
 * starts no tag, an unterminated tag, undefined entities…) through `onProblem` while reading on.
 * Pieces go to `handler` in document order (callbacks rather than token objects: it is the hot loop).
 */
export function tokenizeXml(text: string, onProblem: (reason: string) => void, handler: XmlHandler): void {
  const entities = new EntityResolver(onProblem);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const lt = text.indexOf('<', i);
    if (lt === -1) {
      handler.text(entities.decode(text.slice(i)), false);
      return;
    }
    if (lt > i) handler.text(entities.decode(text.slice(i, lt)), false);
    const next = text[lt + 1] ?? '';
    if (text.startsWith('<!--', lt)) {
      i = skipPast(text, lt + 4, '-->', 'unclosed comment', onProblem);
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end === -1) onProblem('unclosed CDATA section');
      handler.text(text.slice(lt + 9, end === -1 ? n : end), true);
      i = end === -1 ? n : end + 3;
    } else if (next === '!' && /^<!DOCTYPE/i.test(text.slice(lt, lt + 9))) {
      const end = doctypeEnd(text, lt + 9);
      entities.readDoctype(text.slice(lt, end));
      i = end;
    } else if (next === '?' || next === '!') {
      i = skipPast(text, lt + 2, next === '?' ? '?>' : '>', 'unclosed declaration', onProblem);
    } else if (next === '/') {
      const { name, end } = readEndTag(text, lt, onProblem);
      if (name) handler.end(name);
      i = end;
    } else if (NAME_START.test(next)) {
      i = readStartTag(text, lt, entities, onProblem, handler);
    } else {
      onProblem('unescaped < in text');
      handler.text('<', false);
      i = lt + 1;
    }
  }
}

function skipPast(text: string, from: number, marker: string, problem: string, onProblem: (r: string) => void): number {
  const end = text.indexOf(marker, from);
  if (end !== -1) return end + marker.length;
  onProblem(problem);
  return text.length;
}

/** The index after the `>` that closes a DOCTYPE, skipping quoted strings and the internal subset. */
function doctypeEnd(text: string, from: number): number {
  let depth = 0;
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === '>' && depth === 0) return i + 1;
  }
  return text.length;
}

function readEndTag(text: string, lt: number, onProblem: (r: string) => void): { name: string; end: number } {
  const close = text.indexOf('>', lt + 2);
  const nextTag = text.indexOf('<', lt + 2);
  let end: number;
  let inner: string;
  if (close === -1 || (nextTag !== -1 && nextTag < close)) {
    onProblem('unterminated end tag');
    end = nextTag === -1 ? text.length : nextTag;
    inner = text.slice(lt + 2, end);
  } else {
    end = close + 1;
    inner = text.slice(lt + 2, close);
  }
  return { name: inner.trim().split(/\s/)[0] ?? '', end };
}

/** Reads a start tag at `lt`, hands it to the handler and returns the index after it. */
function readStartTag(
  text: string,
  lt: number,
  entities: EntityResolver,
  onProblem: (r: string) => void,
  handler: XmlHandler,
): number {
  NAME_RE.lastIndex = lt + 1;
  const name = NAME_RE.exec(text)?.[0] ?? '';
  const attrs: string[] = [];
  let i = lt + 1 + name.length;
  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    const c = text[i];
    if (c === '>') {
      handler.start(name, attrs, false);
      return i + 1;
    }
    if (c === '/' && text[i + 1] === '>') {
      handler.start(name, attrs, true);
      return i + 2;
    }
    if (c === undefined || c === '<') {
      onProblem(`unterminated tag <${name}>`);
      handler.start(name, attrs, false);
      return i;
    }
    NAME_RE.lastIndex = i;
    const attrName = NAME_RE.exec(text)?.[0];
    if (!attrName) {
      // A stray "/", quote or "=": skip it.
      i++;
      continue;
    }
    const read = readAttributeValue(text, i + attrName.length, onProblem);
    attrs.push(attrName, entities.decode(read.value ?? ''));
    i = read.end;
  }
}

/** ASCII white space: XML's four space characters plus vertical tab and form feed. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

function readAttributeValue(text: string, from: number, onProblem: (r: string) => void): { value: string | null; end: number } {
  let i = from;
  while (/\s/.test(text[i] ?? '')) i++;
  if (text[i] !== '=') return { value: null, end: from };
  i++;
  while (/\s/.test(text[i] ?? '')) i++;
  const quote = text[i];
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, i + 1);
    if (close !== -1) return { value: text.slice(i + 1, close), end: close + 1 };
    onProblem('unclosed attribute value');
    const stop = text.slice(i + 1).search(/[>]/);
    const end = stop === -1 ? text.length : i + 1 + stop;
    return { value: text.slice(i + 1, end), end };
  }
  const m = /[^\s>]*/y;
  m.lastIndex = i;
  const value = m.exec(text)?.[0] ?? '';
  if (value.endsWith('/') && text[i + value.length] === '>') {
    onProblem('unquoted attribute value');
    return { value: value.slice(0, -1), end: i + value.length - 1 };
  }
  onProblem('unquoted attribute value');
  return { value, end: i + value.length };
}
