import { all } from './dom.ts';

/** The text of a formula: its leaves (numbers, identifiers, operators) separated by spaces. */
function formulaText(el: Element): string {
  const leaves: string[] = [];
  const walk = (node: Element) => {
    // The TeX source of a formula rides along in <annotation>; it is not what the reader sees.
    if (node.tagName.toLowerCase().startsWith('annotation')) return;
    if (node.children.length === 0) {
      const text = (node.textContent ?? '').trim();
      if (text) leaves.push(text);
      return;
    }
    for (const child of Array.from(node.children)) walk(child);
  };
  walk(el);
  return leaves.join(' ');
}

const BLOCKS = new Set(['P', 'DIV', 'LI', 'TD', 'BODY', 'ARTICLE', 'SECTION', 'FIGURE']);

/** The formula's outermost wrapper that holds no other text (a script library's rendering box). */
function wrapperOf(math: Element): Element {
  const own = (math.textContent ?? '').replace(/\s+/g, '');
  let el = math;
  for (let parent = el.parentElement; parent && !BLOCKS.has(parent.tagName); parent = parent.parentElement) {
    if ((parent.textContent ?? '').replace(/\s+/g, '') !== own) break;
    el = parent;
  }
  return el;
}

/** Whether the formula is a hidden copy (`display: none`) beside a picture of it. */
function isHidden(math: Element): boolean {
  for (let el: Element | null = math; el && !BLOCKS.has(el.tagName); el = el.parentElement) {
    if (/display\s*:\s*none/i.test(el.getAttribute('style') ?? '')) return true;
  }
  return false;
}

/**
 * Replaces MathML formulas, with the rendering boxes around them, by their text
 * (`a x 2 + b x + c = 0`): sanitising keeps no MathML, and class names of the boxes ("menu") would
 * make them look like furniture. Hidden copies of formulas shown as pictures stay as they are.
 */
export function flattenFormulas(doc: Document): void {
  for (const math of all(doc, 'math')) {
    if (!math.parentNode || isHidden(math)) continue;
    const span = doc.createElement('span');
    span.textContent = ` ${formulaText(math)} `;
    wrapperOf(math).replaceWith(span);
  }
}
