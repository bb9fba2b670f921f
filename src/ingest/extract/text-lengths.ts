// Lengths of element text as textOf measures them (whitespace runs collapsed, ends trimmed), computed
// bottom-up from the children's lengths and kept until something below the element is removed. The
// boilerplate rules ask for the text length and link density of most elements of the page; reading
// textContent for each walks every subtree again and again.

/** The collapsed text of a subtree, described by its length and whether it starts or ends in a space. */
interface Span {
  length: number;
  lead: boolean;
  trail: boolean;
  /** Characters of text in the links below (each link's trimmed length, as linkDensity counts). */
  linked: number;
}

const EMPTY: Span = { length: 0, lead: false, trail: false, linked: 0 };
const SPACES = /\s+/g;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

function trimmed(span: Span): number {
  return Math.max(0, span.length - (span.lead ? 1 : 0) - (span.trail ? 1 : 0));
}

/** Two adjacent spans as one: a space ending the first and one starting the second collapse into one. */
function join(a: Span, b: Span): Span {
  if (a.length === 0) return { ...b, linked: a.linked + b.linked };
  if (b.length === 0) return { ...a, linked: a.linked + b.linked };
  return { length: a.length + b.length - (a.trail && b.lead ? 1 : 0), lead: a.lead, trail: b.trail, linked: a.linked + b.linked };
}

function textSpan(data: string): Span {
  if (data.length === 0) return EMPTY;
  const collapsed = data.replace(SPACES, ' ');
  return { length: collapsed.length, lead: collapsed.startsWith(' '), trail: collapsed.endsWith(' '), linked: 0 };
}

/** Text lengths and link density of elements, cached; call {@link TextLengths.forget} before removing an element. */
export class TextLengths {
  private readonly spans = new Map<Node, Span>();

  private span(el: Element): Span {
    let span = this.spans.get(el);
    if (span) return span;
    span = EMPTY;
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) span = join(span, textSpan((node as Text).data));
      else if (node.nodeType === ELEMENT_NODE) {
        const child = this.span(node as Element);
        span = join(span, (node as Element).tagName === 'A' ? { ...child, linked: child.linked + trimmed(child) } : child);
      }
    }
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
