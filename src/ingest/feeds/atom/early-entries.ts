import type { ParsedItem } from '../../../domain/feed.ts';
import { rootFormat } from '../detect.ts';
import type { CloseHandler, XmlElement } from '../xml/tree.ts';
import { alternateLink, atomAuthors, readAtomEntry, type EntryContext } from './entry.ts';
import { atomNamespaces } from './names.ts';

/** What an entry was read with: everything it inherits from its feed. */
function entryContextOf(feed: XmlElement, feedUrl: string): EntryContext {
  const ns = atomNamespaces(feed);
  return { ns, siteLink: alternateLink(feed, ns, feedUrl), feedUrl, feedAuthor: atomAuthors(feed, ns) };
}

/**
 * Reads Atom entries as soon as their end tag is seen and empties their elements (see
 * rss/early-items.ts for why). An entry inherits the feed's site link and authors, which Atom allows
 * after the entries too, so the context is taken from what the feed held at its first entry and
 * checked against the whole feed at the end: `stillValid` says whether the early results stand. When
 * they do not (a feed that names its link or author after its entries), the caller reads the
 * document again without early entries.
 */
export function earlyAtomEntries(feedUrl: string): {
  onClose: CloseHandler;
  items: Map<XmlElement, ParsedItem>;
  stillValid(root: XmlElement | null): boolean;
} {
  const items = new Map<XmlElement, ParsedItem>();
  let context: EntryContext | null = null;

  const onClose: CloseHandler = (element, parent, root) => {
    if (parent !== root || (element.local !== 'entry' && element.local !== 'item') || rootFormat(root) !== 'atom') return;
    context ??= entryContextOf(root, feedUrl);
    if (!context.ns.includes(element.ns)) return;
    items.set(element, readAtomEntry(element, context));
    element.children = [];
  };

  const stillValid = (root: XmlElement | null): boolean => {
    if (!context || !root) return true;
    const final = entryContextOf(root, feedUrl);
    return final.siteLink === context.siteLink && final.feedAuthor === context.feedAuthor;
  };
  return { onClose, items, stillValid };
}
