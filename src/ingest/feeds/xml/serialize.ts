import type { XmlElement, XmlNode } from './tree.ts';
import { NS } from './namespaces.ts';
import { escapeHtml } from '../text.ts';

// SVG and MathML links keep their xlink: prefix; HTML parsers know it without a declaration.
const XLINK = 'http://www.w3.org/1999/xlink';

const VOID = new Set(['br', 'img', 'hr', 'wbr', 'input', 'area', 'col', 'embed', 'param', 'source', 'track', 'meta', 'link', 'base']);

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** An element written back as HTML markup: namespace prefixes and declarations dropped, text escaped. */
export function outerHtml(el: XmlElement): string {
  const tag = el.local;
  const attrs = el.attrs
    .filter((a) => a.ns !== NS.xml)
    .map((a) => ` ${a.ns === XLINK ? 'xlink:' : ''}${a.local}="${escapeAttribute(a.value)}"`)
    .join('');
  const inner = el.children.map(nodeHtml).join('');
  if (inner === '' && VOID.has(tag)) return `<${tag}${attrs}>`;
  return `<${tag}${attrs}>${inner}</${tag}>`;
}

function nodeHtml(node: XmlNode): string {
  return node.type === 'text' ? escapeHtml(node.value) : outerHtml(node);
}

/**
 * The HTML carried by an element that holds escaped or CDATA HTML (RSS description, Atom type="html"):
 * its text is already markup. Child elements, which broken feeds put there unescaped, are written back.
 */
export function embeddedHtml(el: XmlElement): string {
  return el.children.map((c) => (c.type === 'text' ? c.value : outerHtml(c))).join('');
}

/** The children of an element that holds real markup, written back as HTML. */
export function innerMarkup(el: XmlElement): string {
  return el.children.map(nodeHtml).join('');
}

/** The markup inside an element holding XHTML (Atom type="xhtml"): the children of its wrapping div. */
export function xhtmlContent(el: XmlElement): string {
  const kids = el.children.filter((c) => c.type === 'element' || c.value.trim() !== '');
  const only = kids.length === 1 ? kids[0] : undefined;
  const holder = only?.type === 'element' && only.local === 'div' ? only : el;
  return innerMarkup(holder);
}
