// Lists of posts: blocks that hold several <article> elements ("You may also like" under the story,
// an archive, a comment thread written as articles). Each post's excerpt is a paragraph of prose, so
// such a block scores well, but it is no article, and neither is a post inside another article.

import { all, first } from '../dom.ts';
import { statsOf, type Measured } from './measure.ts';

// A block holding this many articles, which hold most of its text, is a list of posts.
const POSTS_IN_LIST = 2;
const POSTS_SHARE = 0.5;

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * Whether an `<article>` is a post's teaser: it links to another page by its picture or its heading.
 * Pages that mark up each section of one story as an article (headed sections of prose) link nowhere
 * so.
 */
function isPost(article: Element): boolean {
  for (const link of all(article, 'a[href]')) {
    const href = link.getAttribute('href') ?? '';
    if (href === '' || href.startsWith('#') || /^(?:javascript|mailto|whatsapp):/i.test(href)) continue;
    if (!link.firstElementChild) {
      for (let el: Element | null = link.parentElement; el && el !== article; el = el.parentElement) if (HEADINGS.has(el.tagName)) return true;
      continue;
    }
    if (first(link, 'img, h1, h2, h3, h4, h5, h6')) return true;
    for (let el: Element | null = link.parentElement; el && el !== article; el = el.parentElement) if (HEADINGS.has(el.tagName)) return true;
  }
  return false;
}

/** Which elements of a page are lists of posts, and which elements sit in a post of such a list. */
export class PostLists {
  // How many <article> elements each element holds (only elements holding at least one).
  private readonly held = new Map<Element, number>();
  // Characters of text inside those articles (each counted once, in its outermost article below).
  private readonly inArticles = new Map<Element, number>();
  // Articles inside another article that holds several: teasers or comments, not the story.
  private readonly nested = new Set<Element>();

  constructor(private readonly measured: Measured) {
    // Found on the measuring walk, in document order; articles dropped as invisible are left out.
    const articles = measured.articles.filter((a) => measured.stats.has(a));
    for (const article of articles.filter(isPost)) {
      const text = statsOf(measured, article).text;
      let counted = false;
      for (let el = article.parentElement; el; el = el.parentElement) {
        this.held.set(el, (this.held.get(el) ?? 0) + 1);
        // Above the next article up, that article's own text counts this one's.
        if (!counted) this.inArticles.set(el, (this.inArticles.get(el) ?? 0) + text);
        if (el.tagName === 'ARTICLE') counted = true;
      }
    }
    if (this.held.size === 0) return;
    for (const article of articles) {
      for (let el = article.parentElement; el; el = el.parentElement) {
        if (el.tagName === 'ARTICLE' && this.isList(el)) {
          this.nested.add(article);
          break;
        }
      }
    }
  }

  /** Whether the page has no article elements (then nothing here applies). */
  get empty(): boolean {
    return this.held.size === 0;
  }

  /** Whether `el` holds two or more articles, and they hold most of its text. */
  isList(el: Element): boolean {
    if ((this.held.get(el) ?? 0) < POSTS_IN_LIST) return false;
    return (this.inArticles.get(el) ?? 0) > statsOf(this.measured, el).text * POSTS_SHARE;
  }

  /**
   * Whether `el` is no candidate for the article: an `<article>` that is a list of posts, or a post of
   * such a list (or inside one). A plain wrapper holding a list beside the story may still be the
   * article's container.
   */
  excludes(el: Element): boolean {
    if (this.empty) return false;
    if (el.tagName === 'ARTICLE' && this.isList(el)) return true;
    if (this.nested.size === 0) return false;
    for (let e: Element | null = el; e; e = e.parentElement) if (this.nested.has(e)) return true;
    return false;
  }
}
