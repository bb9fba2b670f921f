// Parts of a page whose dates and names belong to other content: navigation, teasers, comments.
import { closest } from '../dom.ts';

const REGION_WORD = '(?:comment|kommentar|teaser|related|sidebar|widget|recommend|empfehl|archive|calendar|kalender|respond|reply)';
// A class or id names such a region when it starts with the word ("sidebar-main", "teaser__date") or
// ends in it ("post-comments"); layout wrappers that merely mention one ("has-sidebar-layout") do not.
// Footers are told by their tag: a "post-footer" class holds the article's own byline and date.
const FOREIGN_REGION = new RegExp(`(?:^|\\s)(?:${REGION_WORD}|\\S*[-_]${REGION_WORD}s?(?=\\s|$))`);
// Not <form>: some frameworks wrap the whole page in one; comment and search forms are named as such.
const FOREIGN_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE']);

/** Whether an element sits in navigation, a footer, a sidebar, a teaser list or the comments. */
export function inForeignRegion(el: Element): boolean {
  for (let node: Element | null = el; node && node.tagName !== 'BODY'; node = node.parentElement) {
    // An article's own <footer> holds its byline and date; the page's footer does not.
    if (FOREIGN_TAGS.has(node.tagName) && !(node.tagName === 'FOOTER' && closest(node, 'article'))) return true;
    const names = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`.toLowerCase();
    if (FOREIGN_REGION.test(names)) return true;
  }
  return false;
}
