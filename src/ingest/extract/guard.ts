import { AppError } from '../../platform/errors.ts';

/**
 * Largest page accepted, in characters, scripts included; it bounds memory. Far above any article page
 * (the largest seen are under 2 MB, mostly inline scripts) and three times what the fetcher accepts by
 * default.
 */
export const MAX_PAGE_CHARS = 32 * 1024 * 1024;
/**
 * Largest amount of markup and text outside `<script>`/`<style>` accepted, in characters, and largest
 * number of elements. These drive the time of parsing and extraction (about 2 s per million characters
 * of text and 0.1 ms per element); script bodies are cheap and count only against
 * {@link MAX_PAGE_CHARS}. The largest article pages seen have about 1.5 million characters and 10,000
 * elements. A longer page is refused rather than cut: a silently truncated article would be published
 * as if it were whole.
 */
export const MAX_MARKUP_CHARS = 2_000_000;
/** See {@link MAX_MARKUP_CHARS}. */
export const MAX_ELEMENTS = 40_000;
/**
 * Deepest element nesting kept. Real pages stay far below it; beyond it the tags are dropped and their
 * content joins the element at this depth (as browsers do, at 512), because the DOM library and the
 * extraction recurse or walk ancestors, which at thousands of levels overflows the stack or takes
 * minutes.
 */
export const MAX_DEPTH = 256;
/** Share of binary control characters above which the bytes are not a text document at all. */
const MAX_BINARY_SHARE = 0.01;

// The tag rules of the HTML parser used (htmlparser2, under linkedom): elements without content,
// elements whose content is raw text, and which open elements a new tag closes implicitly.
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input',
  'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
const CHEAP_RAW_TEXT = new Set(['script', 'style']);
const FOREIGN = new Set(['svg', 'math']);
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
const P_ONLY = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const IMPLIED_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])], ['li', new Set(['li'])], ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])], ['dd', new Set(['dd', 'dt'])], ['dt', new Set(['dd', 'dt'])],
  ['rt', new Set(['rt', 'rp'])], ['rp', new Set(['rt', 'rp'])], ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t): [string, Set<string>] => [t, FORM]),
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl',
    'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section',
    'table', 'ul'].map((t): [string, Set<string>] => [t, P_ONLY]),
]);

// C0 controls that never occur in text (the "binary data bytes" of the WHATWG MIME Sniffing standard).
// eslint-disable-next-line no-control-regex
const BINARY_CHARS = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]/g;

function isBinaryChar(code: number): boolean {
  return code <= 0x08 || code === 0x0b || (code >= 0x0e && code <= 0x1a) || (code >= 0x1c && code <= 0x1f);
}

/** Refuses binary content and removes stray control characters (parsers drop NULs, and no text means them). */
function checkText(html: string): string {
  BINARY_CHARS.lastIndex = 0;
  if (!BINARY_CHARS.test(html)) return html;
  let binary = 0;
  for (let i = 0; i < html.length; i++) if (isBinaryChar(html.charCodeAt(i))) binary++;
  const share = binary / html.length;
  if (share > MAX_BINARY_SHARE) {
    throw new AppError('extract', 'not_html',
      `the page is not HTML: ${(share * 100).toFixed(1)}% of its characters are control characters (binary data, or UTF-16 without a byte-order mark)`);
  }
  return html.replace(BINARY_CHARS, '');
}

function isNameStart(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

/** End (exclusive) of a tag whose name ends at `from`: after the `>`, skipping quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let i = from;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (c === 0x3e) return i + 1;
    if (c === 0x3d) {
      i++;
      while (i < html.length && isSpace(html.charCodeAt(i))) i++;
      const quote = html.charCodeAt(i);
      if (quote === 0x22 || quote === 0x27) {
        const close = html.indexOf(quote === 0x22 ? '"' : "'", i + 1);
        if (close === -1) return html.length;
        i = close + 1;
        continue;
      }
      continue;
    }
    i++;
  }
  return html.length;
}

function nameEnd(html: string, from: number): number {
  let i = from;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (isSpace(c) || c === 0x2f || c === 0x3e) break;
    i++;
  }
  return i;
}

/**
 * The open elements as the parser sees them, with those past {@link MAX_DEPTH} kept only as ghosts
 * whose tags are dropped. Also tracks, as the parser does, whether `<x/>` closes itself (inside SVG or
 * MathML). Each element is pushed and popped once, so a whole page costs linear time.
 */
class OpenElements {
  private readonly names: string[] = [];
  private readonly counts = new Map<string, number>();
  private readonly foreign: boolean[] = [];

  /** Whether a `/>` at the end of the current start tag closes the element. */
  get selfClosing(): boolean {
    return this.foreign[this.foreign.length - 1] === true;
  }

  /** Opens an element; returns false when it lies past the depth limit and its tag is to be dropped. */
  open(name: string): boolean {
    this.closeImplied(name);
    if (VOID.has(name)) return true;
    this.names.push(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    if (this.names.length > MAX_DEPTH) return false;
    if (FOREIGN.has(name)) this.foreign.push(true);
    else if (INTEGRATION.has(name)) this.foreign.push(false);
    return true;
  }

  /** Closes the open elements that a new `name` element ends (a `<p>` ends the paragraph before it). */
  closeImplied(name: string): void {
    const implied = IMPLIED_CLOSE.get(name);
    while (implied && this.names.length > 0 && implied.has(this.names[this.names.length - 1]!)) this.pop();
  }

  /** Closes the innermost open element of that name; returns false when its end tag is to be dropped. */
  close(name: string): boolean {
    let ghost = false;
    if (this.counts.get(name)) {
      let index = this.names.length - 1;
      while (this.names[index] !== name) index--;
      while (this.names.length > index) this.pop();
      ghost = index >= MAX_DEPTH;
    }
    if (!ghost && (FOREIGN.has(name) || INTEGRATION.has(name))) this.foreign.pop();
    return !ghost;
  }

  /** Closes the element just opened by a self-closing tag. */
  closeLast(name: string): void {
    if (this.names[this.names.length - 1] === name) this.pop();
  }

  private pop(): void {
    const name = this.names.pop()!;
    this.counts.set(name, this.counts.get(name)! - 1);
  }
}

interface Scan {
  /** The page with tags past the depth limit removed. */
  html: string;
  /** Start tags kept (the elements the parser will create from tags). */
  elements: number;
  /** Characters outside script and style bodies, after dropping tags. */
  markup: number;
}

/**
 * One pass over the page with the parser's tag rules but without building a tree: counts elements and
 * markup and drops the start and end tags that would nest deeper than {@link MAX_DEPTH}. Linear time.
 */
function scan(html: string): Scan {
  const open = new OpenElements();
  const kept: string[] = [];
  let copiedTo = 0;
  let elements = 0;
  let rawText = 0;
  const drop = (start: number, end: number) => {
    kept.push(html.slice(copiedTo, start));
    copiedTo = end;
  };
  let i = html.indexOf('<');
  while (i !== -1 && i < html.length - 1) {
    const next = html.charCodeAt(i + 1);
    let end = i + 1;
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      end = close === -1 ? html.length : close + 3;
    } else if (next === 0x21 || next === 0x3f) {
      end = tagEnd(html, i + 2);
    } else if (next === 0x2f && isNameStart(html.charCodeAt(i + 2))) {
      const stop = nameEnd(html, i + 2);
      end = tagEnd(html, stop);
      if (!open.close(html.slice(i + 2, stop).toLowerCase())) drop(i, end);
    } else if (isNameStart(next)) {
      const stop = nameEnd(html, i + 1);
      const name = html.slice(i + 1, stop).toLowerCase();
      end = tagEnd(html, stop);
      elements++;
      if (RAW_TEXT.has(name)) {
        // Its content is text, never elements: a leaf at any depth, skipped up to and with its end tag.
        open.closeImplied(name);
        const close = indexOfEndTag(html, name, end);
        if (CHEAP_RAW_TEXT.has(name)) rawText += (close === -1 ? html.length : close) - end;
        end = close === -1 ? html.length : tagEnd(html, close + 2 + name.length);
      } else if (!open.open(name)) {
        elements--;
        drop(i, end);
      }
      if (html.charCodeAt(end - 2) === 0x2f && open.selfClosing) open.closeLast(name);
    }
    i = html.indexOf('<', end);
  }
  if (kept.length === 0) return { html, elements, markup: html.length - rawText };
  kept.push(html.slice(copiedTo));
  const guarded = kept.join('');
  return { html: guarded, elements, markup: guarded.length - rawText };
}

/** Where the end tag of a raw-text element (`</script`, any case) starts, or -1. */
function indexOfEndTag(html: string, name: string, from: number): number {
  const needle = `</${name}`;
  let i = from;
  for (;;) {
    i = html.indexOf('</', i);
    if (i === -1) return -1;
    if (html.slice(i, i + needle.length).toLowerCase() === needle) return i;
    i += 2;
  }
}

/**
 * Checks a decoded page before it is parsed, so that bad input ends in a clear error or a best effort
 * instead of a crash or a hang. Refuses (AppError, module `extract`) empty pages (`empty`), binary data
 * and text without any markup (`not_html`) and pages beyond {@link MAX_PAGE_CHARS}, {@link MAX_MARKUP_CHARS}
 * or {@link MAX_ELEMENTS} (`too_large`); removes control characters; flattens nesting deeper than
 * {@link MAX_DEPTH}. Returns the page to parse, the same string when nothing needed changing.
 */
export function guardHtml(html: string): string {
  if (!/\S/.test(html)) throw new AppError('extract', 'empty', 'the page is empty');
  if (html.length > MAX_PAGE_CHARS) throw tooLarge(`${millions(html.length)} characters; the limit is ${millions(MAX_PAGE_CHARS)}`);
  const text = checkText(html);
  const scanned = scan(text);
  if (scanned.markup > MAX_MARKUP_CHARS) {
    throw tooLarge(`${millions(scanned.markup)} characters of markup and text besides scripts and styles; the limit is ${millions(MAX_MARKUP_CHARS)}`);
  }
  if (scanned.elements > MAX_ELEMENTS) {
    throw tooLarge(`${scanned.elements.toLocaleString('en')} elements; the limit is ${MAX_ELEMENTS.toLocaleString('en')}`);
  }
  if (scanned.elements === 0) {
    const rest = text.replace(/<!--[\s\S]*?(?:-->|$)|<[!?/][^>]*>?/g, '').trim();
    if (rest === '') throw new AppError('extract', 'empty', 'the page holds no elements and no text');
    throw new AppError('extract', 'not_html', 'the page holds no HTML elements');
  }
  return scanned.html;
}

function millions(n: number): string {
  return `${(n / 1e6).toFixed(1)} million`;
}

function tooLarge(detail: string): AppError {
  return new AppError('extract', 'too_large', `the page is too large to extract (${detail})`);
}
