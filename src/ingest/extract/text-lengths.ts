// Lengths of element text as textOf measures them (whitespace runs collapsed, ends trimmed), computed
// bottom-up from the children's lengths and kept until something below the element is removed. The
// boilerplate rules ask for the text length and link density of most elements of the page; reading
// textContent for each walks every subtree again and again.

import { isWhitespace } from '../../domain/whitespace.ts';

/** The collapsed text of a subtree, described by its length and whether it starts or ends in a space. */
interface Span {
  length: number;
  lead: boolean;
  trail: boolean;
  /** Characters of text in the links below (each link's trimmed length, as linkDensity counts). */
  linked: number;
}

const EMPTY: Span = { length: 0, lead: false, trail: false, linked: 0 };
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

function trimmed(span: Span): number {
  return Math.max(0, span.length - (span.lead ? 1 : 0) - (span.trail ? 1 : 0));
}

/** The span of a text node: its length with whitespace runs counted as one character, counted without building the collapsed string. */
function textSpan(data: string): Span {
  if (data.length === 0) return EMPTY;
  let length = 0;
  let inSpace = false;
  for (let i = 0; i < data.length; i++) {
    if (isWhitespace(data.charCodeAt(i))) {
      if (!inSpace) length++;
      inSpace = true;
    } else {
      length++;
      inSpace = false;
    }
  }
  return { length, lead: isWhitespace(data.charCodeAt(0)), trail: inSpace, linked: 0 };
}

/** Text lengths and link density of elements, cached; call {@link TextLengths.forget} before removing an element. */
export class TextLengths {
  private readonly spans = new Map<Node, Span>();

  private span(el: Element): Span {
    let span = this.spans.get(el);
    if (span) return span;
    // The children's spans joined left to right (as `join` would, without a new object per child).
    let length = 0;
    let lead = false;
    let trail = false;
    let linked = 0;
    for (let node = el.firstChild; node; node = node.nextSibling) {
      let child: Span;
      let childLinked: number;
      if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
        child = textSpan((node as Text).data);
        childLinked = child.linked;
      } else if (node.nodeType === ELEMENT_NODE) {
        child = this.span(node as Element);
        childLinked = (node as Element).tagName === 'A' ? child.linked + trimmed(child) : child.linked;
      } else continue;
      linked += childLinked;
      if (length === 0) {
        length = child.length;
        lead = child.lead;
        trail = child.trail;
      } else if (child.length !== 0) {
        length += child.length - (trail && child.lead ? 1 : 0);
        trail = child.trail;
      }
    }
    span = length === 0 && linked === 0 ? EMPTY : { length, lead, trail, linked };
    this.spans.set(el, span);
    return span;
  }

  /** `textOf(el).length`. */
  length(el: Element): number {
    return trimmed(this.span(el));
  }

  /** Share of the element's text inside links, as `linkDensity` in dom.ts counts it. */
  linkDensity(el: Element): number {
    const span = this.span(el);
    const total = trimmed(span);
    return total === 0 ? 0 : Math.min(1, span.linked / total);
  }

  /** Forgets the lengths of the element's ancestors, whose text changes when it goes. */
  forget(el: Node): void {
    for (let node = el.parentNode; node; node = node.parentNode) this.spans.delete(node);
  }
}
