import type { ParsedFeed } from '../../../domain/feed.ts';
import { NS } from '../xml/namespaces.ts';
import { childNamed, childrenNamed, textContent } from '../xml/query.ts';
import type { XmlElement } from '../xml/tree.ts';
import { languageTag, type FeedContext } from '../fields.ts';
import { alternateLink, atomAuthors, readAtomEntry } from './entry.ts';
import { atomNamespaces } from './names.ts';
import { atomPlainText } from './text-constructs.ts';

/** Reads an Atom 1.0 (or 0.3) `feed` element into the common model. */
export function readAtom(feed: XmlElement, ctx: FeedContext): ParsedFeed {
  const ns = atomNamespaces(feed);
  const link = alternateLink(feed, ns, ctx.url);
  const entryContext = { ns, siteLink: link, feedUrl: ctx.url, feedAuthor: atomAuthors(feed, ns) };
  return {
    format: 'atom',
    title: atomPlainText(childNamed(feed, ns, 'title')),
    link,
    language: languageTag(feed.lang) ?? languageTag(textContent(childNamed(feed, [NS.dc], 'language'))),
    bozo: false,
    bozoReason: null,
    items: childrenNamed(feed, ns, 'entry').map((entry) => readAtomEntry(entry, entryContext)),
    ttlMinutes: null,
  };
}
