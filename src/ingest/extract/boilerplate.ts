import { all, classAndId, detach, linkDensity, textOf } from './dom.ts';
import {
  BOILERPLATE_CLASS, BOILERPLATE_ROLES, BOILERPLATE_TAGS, BOX_HEADING, READ_ON_LINK, RIGHTS_LINE, TEASER_PREFIX,
} from './patterns.ts';

// An element holding more than this share of the page's prose is the article (or wraps it), whatever
// its class says: "content-with-sidebar" must not take the story with it.
const PROTECTED_SHARE = 0.4;
// A box under a teaser heading holds links and snippets; this much prose means it is the article.
const MAX_BOX_PROSE = 600;
const NEVER_REMOVED = new Set(['HTML', 'BODY', 'MAIN']);

/** Characters of text outside links inside an element: prose, as opposed to menus and teaser lists. */
function proseLength(el: Element): number {
  const total = textOf(el).length;
  return total - Math.round(total * linkDensity(el));
}

/** Decides which elements are too important to remove as boilerplate. */
class Guard {
  private readonly total: number;

  constructor(doc: Document) {
    this.total = Math.max(1, proseLength(doc.body));
  }

  protects(el: Element): boolean {
    if (NEVER_REMOVED.has(el.tagName)) return true;
    if (el.matches('h1, [itemprop="articleBody"]') || el.querySelector('h1, [itemprop="articleBody"]')) return true;
    return proseLength(el) > this.total * PROTECTED_SHARE;
  }

  remove(el: Element): boolean {
    if (!el.parentNode || this.protects(el)) return false;
    detach(el);
    return true;
  }
}

/** Removes an element and then each ancestor that is left without any text. */
function removeWithEmptyParents(el: Element, guard: Guard): void {
  let parent = el.parentElement;
  if (!guard.remove(el)) return;
  while (parent && textOf(parent) === '' && !parent.querySelector('img, video, audio, iframe') && guard.remove(parent)) {
    parent = parent.parentElement;
  }
}

function removeByStructure(doc: Document, guard: Guard): void {
  for (const el of all(doc.body, BOILERPLATE_TAGS)) guard.remove(el);
  for (const el of all(doc.body, '[role]')) {
    if (BOILERPLATE_ROLES.has((el.getAttribute('role') ?? '').toLowerCase())) guard.remove(el);
  }
  for (const el of all(doc.body, '[aria-modal="true"], [hidden]')) guard.remove(el);
  for (const el of all(doc.body, '[class], [id]')) {
    if (BOILERPLATE_CLASS.test(classAndId(el))) guard.remove(el);
  }
}

/** The box a heading introduces: the first ancestor that holds more than the heading itself. */
function boxOf(heading: Element): Element | null {
  const headingLength = textOf(heading).length;
  let box = heading.parentElement;
  while (box && textOf(box).length <= headingLength + 10) box = box.parentElement;
  return box;
}

function isTeaserBox(box: Element): boolean {
  return proseLength(box) < MAX_BOX_PROSE || linkDensity(box) > 0.5;
}

function removeHeadedBoxes(doc: Document, guard: Guard): void {
  for (const heading of all(doc.body, 'h2, h3, h4, h5, h6, strong, b, p, span, div, li')) {
    const text = textOf(heading);
    if (text.length === 0 || text.length > 60 || !BOX_HEADING.test(text) || !heading.parentNode) continue;
    if (heading.tagName === 'DIV' && heading.children.length > 2) continue;
    const box = boxOf(heading);
    if (box && isTeaserBox(box) && guard.remove(box)) continue;
    if (!/^H[2-6]$/.test(heading.tagName)) continue;
    // The heading stands unwrapped inside the article: drop it and the link list after it.
    const next = heading.nextElementSibling;
    if (next && linkDensity(next) > 0.5) detach(next);
    detach(heading);
  }
}

function removeShortFurniture(doc: Document, guard: Guard): void {
  for (const el of all(doc.body, 'p, div, li, section, span, small, a, button')) {
    if (!el.parentNode) continue;
    const text = textOf(el);
    if (text.length === 0 || text.length > 300) continue;
    if (TEASER_PREFIX.test(text) && (linkDensity(el) > 0.3 || el.tagName === 'A')) removeWithEmptyParents(el, guard);
    else if (text.length < 60 && READ_ON_LINK.test(text)) removeWithEmptyParents(el, guard);
    else if (text.length < 200 && RIGHTS_LINE.test(text) && !el.querySelector('p')) removeWithEmptyParents(el, guard);
  }
}

function removeLinkLists(doc: Document, guard: Guard): void {
  for (const el of all(doc.body, 'div, section, ul, ol')) {
    if (!el.parentNode || el.querySelectorAll('a').length < 3 || linkDensity(el) <= 0.7) continue;
    // A paragraph with real prose of its own means this is text with links, not a list of links.
    const prose = all(el, 'p').some((p) => textOf(p).length - all(p, 'a').reduce((n, a) => n + textOf(a).length, 0) > 100);
    if (!prose) guard.remove(el);
  }
}

/**
 * Removes page furniture before Readability looks at the page, in German and English: navigation,
 * headers, footers, asides, consent and newsletter boxes, share bars, "Lesen Sie auch"/"Related"
 * teasers, comment sections, author boxes, "Gesamten Artikel lesen" links and link lists. Decided by
 * principle (tags, roles, class/id words, box headings, link density), never by a site's selectors;
 * anything holding the headline or most of the text is kept.
 */
export function removeBoilerplate(doc: Document): void {
  if (!doc.body) return;
  const guard = new Guard(doc);
  removeByStructure(doc, guard);
  removeHeadedBoxes(doc, guard);
  removeShortFurniture(doc, guard);
  removeLinkLists(doc, guard);
}
