import type { ParsedFeed } from '../../../domain/feed.ts';
import { NS } from '../xml/namespaces.ts';
import { childNamed, childrenNamed, textContent } from '../xml/query.ts';
import type { XmlElement } from '../xml/tree.ts';
import { languageTag, type FeedContext } from '../fields.ts';
import { alternateLink, atomAuthors, readAtomEntry } from './entry.ts';
import { atomNamespaces } from './names.ts';
import { atomPlainText } from './text-constructs.ts';
import { parseFeedDate } from '../dates.ts';

/** Reads an Atom 1.0 (or 0.3) `feed` element into the common model. */
export function readAtom(feed: XmlElement, ctx: FeedContext): ParsedFeed {
  const ns = atomNamespaces(feed);
  const link = alternateLink(feed, ns, ctx.url);
  const feedAuthor = atomAuthors(feed, ns);
  const entryContext = { ns, siteLink: link, feedUrl: ctx.url, feedAuthor };
  const date = (...locals: string[]): string | null =>
    locals.map((l) => parseFeedDate(textContent(childNamed(feed, ns, l)))).find((d) => d !== null) ?? null;
  return {
    format: 'atom',
    title: atomPlainText(childNamed(feed, ns, 'title')),
    link,
    language: languageTag(feed.lang) ?? languageTag(textContent(childNamed(feed, [NS.dc], 'language'))),
    bozo: false,
    bozoReason: null,
    // Loose feeds mix RSS habits into Atom: an <item> stands for an <entry>.
    items: [...childrenNamed(feed, ns, 'entry'), ...childrenNamed(feed, ns, 'item')].map(
      (entry) => ctx.early?.get(entry) ?? readAtomEntry(entry, entryContext),
    ),
    ttlMinutes: null,
    // Atom 1.0 says subtitle; Atom 0.3 said tagline.
    subtitle: atomPlainText(childNamed(feed, ns, 'subtitle') ?? childNamed(feed, ns, 'tagline')),
    updated: date('updated', 'modified'),
    published: date('published', 'issued', 'created'),
    author: feedAuthor,
  };
}
