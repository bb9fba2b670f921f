import { NO_TRACE, type Trace } from './trace.ts';
import { all, classAndId, detach, first, textOf, wordsOf } from './dom.ts';
import { TextLengths } from './text-lengths.ts';
import {
  BOILERPLATE_CLASS, BOILERPLATE_ROLES, BOILERPLATE_TAGS, BOX_HEADING, FURNITURE_LINE, GALLERY_CLASS, LIVE_CLASS, isPromoLine, READ_ON_LINK, RIGHTS_LINE,
  SLIDE_COUNTER, TEASER_PREFIX,
} from './patterns.ts';

// An element holding more than this share of the page's prose is the article (or wraps it), whatever
// its class says: "content-with-sidebar" must not take the story with it.
const PROTECTED_SHARE = 0.4;
// A box under a teaser heading holds links and snippets; this much prose means it is the article.
const MAX_BOX_PROSE = 600;
// A teaser is a title; a longer linked paragraph is text.
const MAX_TEASER_LINE = 200;
const TEASER_RUN = new Set(['P', 'UL', 'OL', 'LI', 'DIV']);
// Furniture lines are short; a long line starting the same way is a sentence of the article.
const FURNITURE_LINE_LENGTH = 120;
const NEVER_REMOVED = new Set(['HTML', 'BODY', 'MAIN']);
const INLINE_TAGS = new Set(['A', 'SPAN', 'EM', 'STRONG', 'B', 'I', 'U', 'ABBR', 'CODE', 'SUP', 'SUB', 'MARK', 'CITE', 'Q', 'DFN', 'KBD', 'VAR']);
const TEXT_NODE = 3;

/**
 * Decides which elements are too important to remove as boilerplate, removes the others, and keeps the
 * text lengths of the page (every rule asks for them) up to date as it removes.
 */
class Guard {
  readonly lengths = new TextLengths();
  private readonly total: number;
  // The headline and the marked article body, and every element around them.
  private readonly holders = new Set<Element>();

  constructor(
    doc: Document,
    private readonly trace: Trace,
  ) {
    this.total = Math.max(1, this.prose(doc.body));
    for (const key of all(doc.body, 'h1, [itemprop="articleBody"]')) {
      for (let el: Element | null = key; el && !this.holders.has(el); el = el.parentElement) this.holders.add(el);
    }
  }

  /** Characters of text outside links inside an element: prose, as opposed to menus and teaser lists. */
  prose(el: Element): number {
    const total = this.lengths.length(el);
    return total - Math.round(total * this.lengths.linkDensity(el));
  }

  length(el: Element): number {
    return this.lengths.length(el);
  }

  linkDensity(el: Element): number {
    return this.lengths.linkDensity(el);
  }

  protects(el: Element): boolean {
    if (this.holdsKey(el)) return true;
    return this.prose(el) > this.total * PROTECTED_SHARE;
  }

  /** Whether `el` is the body, main, or holds the headline or the marked article body. */
  holdsKey(el: Element): boolean {
    return NEVER_REMOVED.has(el.tagName) || this.holders.has(el);
  }

  /** Removes `el` unless it is protected; `rule` names the reason for `extract --explain`. */
  remove(el: Element, rule: string): boolean {
    if (!el.parentNode || this.protects(el)) return false;
    this.drop(el, rule);
    return true;
  }

  /** Removes `el` without asking `protects` (for parts already known to be furniture). */
  drop(el: Element, rule: string): void {
    this.trace.removed(el, rule);
    this.lengths.forget(el);
    detach(el);
  }
}

/** Removes an element and then each ancestor that is left without any text. */
function removeWithEmptyParents(el: Element, guard: Guard, rule: string): void {
  let parent = el.parentElement;
  if (!guard.remove(el, rule)) return;
  while (parent && guard.length(parent) === 0 && !first(parent, 'img, video, audio, iframe') && guard.remove(parent, 'empty-after-removal')) {
    parent = parent.parentElement;
  }
}

function removeByStructure(doc: Document, guard: Guard): void {
  for (const el of all(doc.body, BOILERPLATE_TAGS)) guard.remove(el, 'boilerplate-tag');
  for (const el of all(doc.body, '[role]')) {
    if (BOILERPLATE_ROLES.has((el.getAttribute('role') ?? '').toLowerCase())) guard.remove(el, 'boilerplate-role');
  }
  for (const el of all(doc.body, '[aria-modal="true"], [hidden]')) guard.remove(el, 'hidden');
  for (const el of all(doc.body, '[class], [id]')) {
    const names = classAndId(el);
    if (BOILERPLATE_CLASS.test(names) && !LIVE_CLASS.test(names) && !isInRunningText(el) && BOILERPLATE_CLASS.test(furnitureNames(el))) guard.remove(el, 'boilerplate-class');
  }
}

/**
 * Whether an inline element sits inside a sentence (text of its own beside it): a link or span there
 * is part of the prose whatever its class says ("popup" notes, "share"-named glossary links).
 */
function isInRunningText(el: Element): boolean {
  if (!INLINE_TAGS.has(el.tagName) || !el.parentNode) return false;
  return Array.from(el.parentNode.childNodes).some((n) => n.nodeType === TEXT_NODE && /[\p{L}\p{N}]{2}/u.test(n.textContent ?? ''));
}

/**
 * Class and id of an element as names of furniture. An id made from the section's own heading
 * ("sharing-with-a-single-developer" above "Sharing with a single developer") names the content, so it
 * is left out.
 */
function furnitureNames(el: Element): string {
  const id = el.getAttribute('id') ?? '';
  const parts = id.toLowerCase().split(/[-_\s]+/).filter(Boolean);
  const heading = parts.length >= 3 ? first(el, 'h1, h2, h3, h4, h5, h6') : null;
  if (heading) {
    const words = new Set(wordsOf(textOf(heading)));
    if (parts.every((part) => words.has(part))) return (el.getAttribute('class') ?? '').toLowerCase();
  }
  return classAndId(el);
}

/** The box a heading introduces: the first ancestor that holds more than the heading itself. */
function boxOf(heading: Element, guard: Guard): Element | null {
  const headingLength = guard.length(heading);
  let box = heading.parentElement;
  while (box && guard.length(box) <= headingLength + 10) box = box.parentElement;
  return box;
}

function isTeaserBox(box: Element, guard: Guard): boolean {
  return guard.prose(box) < MAX_BOX_PROSE || guard.linkDensity(box) > 0.5;
}

function removeHeadedBoxes(doc: Document, guard: Guard): void {
  for (const heading of all(doc.body, 'h2, h3, h4, h5, h6, strong, b, p, span, div, li')) {
    if (!heading.parentNode) continue;
    const length = guard.length(heading);
    if (length === 0 || length > 60 || !BOX_HEADING.test(textOf(heading))) continue;
    if (heading.tagName === 'DIV' && heading.children.length > 2) continue;
    const box = boxOf(heading, guard);
    if (box && isTeaserBox(box, guard) && guard.remove(box, 'teaser-box')) continue;
    // The heading stands unwrapped inside the article: drop it and the links that follow it, be they
    // one list or one link per paragraph.
    const links = linksAfter(heading, guard);
    if (links.length === 0 && !/^H[2-6]$/.test(heading.tagName)) continue;
    for (const el of [heading, ...links]) guard.drop(el, 'teaser-heading');
  }
}

/** The run of siblings right after an element that are each a link (or a list of links). */
function linksAfter(heading: Element, guard: Guard): Element[] {
  const run: Element[] = [];
  for (let next = heading.nextElementSibling; next && TEASER_RUN.has(next.tagName) && guard.linkDensity(next) > 0.5; next = next.nextElementSibling) {
    if (next.tagName === 'P' && guard.length(next) > MAX_TEASER_LINE) break;
    run.push(next);
  }
  return run;
}

// A call to follow or subscribe is a few lines; a longer paragraph mentioning a newsletter is text.
const PROMO_LENGTH = 250;
// A linked headline set as a paragraph of its own: short, all link.
const TEASER_LINK_LENGTH = 150;
const TEASER_LINK_DENSITY = 0.9;

/**
 * Whether a paragraph is a linked headline of another article of the site standing between the
 * article's paragraphs (a "related story" link set in the text): all of it a link to another page of
 * the same site, with prose beside it.
 */
function isTeaserLink(el: Element, length: number, guard: Guard, host: string | null, pageUrl: string | null): boolean {
  if (el.tagName !== 'P' || host === null || length > TEASER_LINK_LENGTH || guard.linkDensity(el) < TEASER_LINK_DENSITY) return false;
  const links = all(el, 'a[href]');
  if (links.length === 0 || !links.every((a) => isOtherPageOf(a.getAttribute('href'), host, pageUrl))) return false;
  const beside = [el.previousElementSibling, el.nextElementSibling];
  return beside.some((s) => s !== null && s.tagName === 'P' && guard.prose(s) > PROSE_BLOCK);
}

/** Whether a link leads to a page of the site other than its front page (an article, not home). */
function isOtherPageOf(href: string | null, host: string, pageUrl: string | null): boolean {
  try {
    const url = new URL(href ?? '');
    const target = url.hostname.replace(/^www\./, '');
    if (target !== host && !target.endsWith(`.${host}`)) return false;
    return url.pathname.length > 1 && (pageUrl === null || url.href.split('#')[0] !== pageUrl.split('#')[0]);
  } catch {
    return false;
  }
}

function removeShortFurniture(doc: Document, guard: Guard, host: string | null, pageUrl: string | null): void {
  for (const el of all(doc.body, 'p, div, li, section, span, small, a, button')) {
    if (!el.parentNode) continue;
    const length = guard.length(el);
    if (length === 0 || length > 300) continue;
    const text = textOf(el);
    if (TEASER_PREFIX.test(text) && (guard.linkDensity(el) > 0.3 || el.tagName === 'A')) removeWithEmptyParents(el, guard, 'teaser-line');
    else if (isTeaserLink(el, length, guard, host, pageUrl)) removeWithEmptyParents(el, guard, 'teaser-link');
    else if (length < PROMO_LENGTH && isPromoLine(text) && !first(el, 'p') && !isInRunningText(el)) removeWithEmptyParents(el, guard, 'promo-line');
    else if (text.length < 60 && READ_ON_LINK.test(text)) removeWithEmptyParents(el, guard, 'read-on-link');
    else if (text.length < 200 && RIGHTS_LINE.test(text) && !first(el, 'p')) removeWithEmptyParents(el, guard, 'rights-line');
    else if (text.length < FURNITURE_LINE_LENGTH && FURNITURE_LINE.test(text) && !first(el, 'p') && !isInRunningText(el)) {
      removeWithEmptyParents(el, guard, 'furniture-line');
    }
  }
}

// A slide counter sits in the gallery's controls or caption panel, a few levels below the gallery.
const GALLERY_DEPTH = 8;
const MAX_COUNTER = 24;

/**
 * The picture gallery a slide counter belongs to: its nearest ancestor named a gallery or slideshow
 * that holds more than one slide (two pictures, or two counters). A single slide named so is a part of
 * the gallery, not all of it.
 */
function galleryOf(counter: Element, counters: Set<Element>): Element | null {
  let level = 0;
  for (let el = counter.parentElement; el && level < GALLERY_DEPTH; el = el.parentElement, level++) {
    if (!GALLERY_CLASS.test(classAndId(el))) continue;
    if (all(el, 'img, picture').length >= 2) return el;
    let inside = 0;
    for (const other of counters) if (el.contains(other) && ++inside >= 2) return el;
  }
  return null;
}

/**
 * Removes picture galleries: an element named a gallery or slideshow that shows a slide counter
 * ("1/50", "Image 1 of 8"). Its texts are the captions of its pictures, one after the other, not the
 * article; a gallery holding the headline or most of the page's prose (a photo story) stays.
 */
function removeGalleries(doc: Document, guard: Guard): void {
  const counters = new Set<Element>();
  for (const el of all(doc.body, 'span, div, p, li, strong, b, small, h2, h3, h4')) {
    const length = guard.length(el);
    if (length < 3 || length > MAX_COUNTER) continue;
    const counter = SLIDE_COUNTER.exec(textOf(el));
    if (counter && Number(counter[1]) <= Number(counter[2]) && Number(counter[2]) >= 2) counters.add(el);
  }
  for (const counter of counters) {
    if (!counter.parentNode) continue;
    const gallery = galleryOf(counter, counters);
    if (!gallery?.parentNode || guard.remove(gallery, 'gallery') || guard.holdsKey(gallery)) continue;
    // A long slideshow outweighs the article it is embedded in; beside an article of its own it is
    // still an insert, however many captions it holds.
    if (proseOutside(doc, gallery, guard) >= ARTICLE_BESIDE_GALLERY) guard.drop(gallery, 'gallery');
  }
}

// Paragraph prose beside a gallery that makes the page an article of its own, not a photo story.
const ARTICLE_BESIDE_GALLERY = 2000;

/** Characters of paragraph prose (blocks of more than 100 characters, mostly unlinked) outside `el`. */
function proseOutside(doc: Document, el: Element, guard: Guard): number {
  let sum = 0;
  for (const block of all(doc.body, PROSE_BLOCKS)) {
    if (el.contains(block)) continue;
    const prose = guard.prose(block);
    if (prose > PROSE_BLOCK && guard.linkDensity(block) < 0.5) sum += prose;
  }
  return sum;
}

// A block with this much text outside links is prose, wherever it sits.
const PROSE_BLOCK = 100;
const PROSE_BLOCKS = 'p, blockquote';

/** Whether a block is prose: more than 100 characters outside links, at most half of it linked. */
function isProse(block: Element, guard: Guard): boolean {
  return guard.prose(block) > PROSE_BLOCK && guard.linkDensity(block) < 0.5;
}

/**
 * Whether an element holds a block of prose: text with links, not a list of links. A list item with no
 * list inside is a block too (a point of a bulleted report, written as a sentence).
 */
function holdsProse(el: Element, guard: Guard): boolean {
  return all(el, PROSE_BLOCKS).some((block) => isProse(block, guard)) || all(el, 'li').some((li) => !li.querySelector('ul, ol') && isProse(li, guard));
}

/** Whether a sibling of a list is a paragraph of the article: prose, or a list holding prose. */
function isTextBlock(el: Element, guard: Guard): boolean {
  if (el.tagName === 'P') return guard.prose(el) > PROSE_BLOCK;
  return (el.tagName === 'UL' || el.tagName === 'OL') && holdsProse(el, guard);
}

/**
 * Whether a list of links is part of the article: it stands among the article's paragraphs (two or
 * more paragraphs of prose beside it) and leads mostly to other sites (sources, references, a list of
 * bug reports). A list of the publisher's own pages there is a "related stories" teaser.
 */
function citesInText(el: Element, host: string | null, guard: Guard): boolean {
  // A list inside a list item stands where its outermost list stands.
  let placed = el;
  while (placed.parentElement?.tagName === 'LI' && placed.parentElement.parentElement) placed = placed.parentElement.parentElement;
  const siblings = placed.parentElement ? Array.from(placed.parentElement.children) : [];
  if (siblings.filter((s) => s !== placed && isTextBlock(s, guard)).length < 2) return false;
  const hosts = all(el, 'a[href]').map((a) => hostOf(a.getAttribute('href')));
  return hosts.filter((h) => h !== null && h !== host).length > hosts.length / 2;
}

function hostOf(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

function removeLinkLists(doc: Document, guard: Guard, host: string | null): void {
  for (const el of all(doc.body, 'div, section, ul, ol')) {
    if (!el.parentNode || guard.linkDensity(el) <= 0.7 || all(el, 'a').length < 3) continue;
    if (!holdsProse(el, guard) && !citesInText(el, host, guard)) guard.remove(el, 'link-list');
  }
}

/**
 * Removes page furniture before the scorer looks at the page, in German and English: navigation,
 * headers, footers, asides, consent and newsletter boxes, share bars, "Lesen Sie auch"/"Related"
 * teasers, comment sections, author boxes, "Gesamten Artikel lesen" links and link lists. Decided by
 * principle (tags, roles, class/id words, box headings, link density), never by a site's selectors;
 * anything holding the headline or most of the text is kept. `pageUrl` (the page's address) tells the
 * site's own links from citations of other sites; `trace` hears each removal and its rule.
 */
export function removeBoilerplate(doc: Document, pageUrl?: string, trace: Trace = NO_TRACE): void {
  if (!doc.body) return;
  const host = hostOf(pageUrl ?? null);
  const guard = new Guard(doc, trace);
  removeByStructure(doc, guard);
  removeGalleries(doc, guard);
  removeHeadedBoxes(doc, guard);
  removeShortFurniture(doc, guard, host, pageUrl ?? null);
  removeLinkLists(doc, guard, host);
}
