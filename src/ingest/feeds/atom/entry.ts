import type { ParsedItem } from '../../../domain/feed.ts';
import { NS } from '../xml/namespaces.ts';
import { attribute, childNamed, childrenNamed, textContent } from '../xml/query.ts';
import type { XmlElement } from '../xml/tree.ts';
import { parseFeedDate } from '../dates.ts';
import { joinNames, personName, uniqueCategories, uniqueEnclosures } from '../fields.ts';
import { linkEnclosures, mediaDescription, mediaEnclosures } from '../media.ts';
import { literalText } from '../text.ts';
import { resolveLink } from '../urls.ts';
import { atomHtml, atomPlainText } from './text-constructs.ts';

/** What an entry inherits from its feed: the site link (a base for links) and the feed's authors. */
export interface EntryContext {
  /** Namespaces read as Atom in this document (see atomNamespaces). */
  ns: readonly string[];
  siteLink: string | null;
  feedUrl: string;
  feedAuthor: string | null;
}

/** Turns an Atom `entry` into the common model. */
export function readAtomEntry(entry: XmlElement, ctx: EntryContext): ParsedItem {
  const child = (el: XmlElement | undefined, local: string): XmlElement | undefined => childNamed(el, ctx.ns, local);
  const base = entry.base ?? ctx.siteLink ?? ctx.feedUrl;
  return {
    id: literalText(textContent(child(entry, 'id'))),
    title: atomPlainText(child(entry, 'title')),
    link: alternateLink(entry, ctx.ns, ctx.siteLink, ctx.feedUrl),
    published: firstDate(entry, ctx.ns, ['published', 'issued', 'created']),
    updated: firstDate(entry, ctx.ns, ['updated', 'modified']),
    // RFC 4287 §4.2.1: an entry without authors has those of its source, then those of the feed.
    author: atomAuthors(entry, ctx.ns) ?? atomAuthors(child(entry, 'source'), ctx.ns) ?? ctx.feedAuthor,
    summary: atomHtml(child(entry, 'summary'), base) ?? mediaDescription(entry),
    content: atomHtml(child(entry, 'content'), base),
    categories: uniqueCategories([
      ...childrenNamed(entry, ctx.ns, 'category').map((c) => attribute(c, 'term') ?? attribute(c, 'label') ?? textContent(c)),
      ...childrenNamed(entry, [NS.dc], 'subject').map(textContent),
    ]),
    enclosures: uniqueEnclosures([
      ...linkEnclosures(entry, ctx.ns, entry.base, ctx.siteLink, ctx.feedUrl),
      ...mediaEnclosures(entry, entry.base, ctx.siteLink, ctx.feedUrl),
    ]),
  };
}

function firstDate(entry: XmlElement, ns: readonly string[], locals: string[]): string | null {
  for (const local of locals) {
    const date = parseFeedDate(textContent(childNamed(entry, ns, local)));
    if (date) return date;
  }
  return null;
}

/** The names of the `author` children (name, else e-mail), joined; null when there are none. */
export function atomAuthors(el: XmlElement | undefined, ns: readonly string[]): string | null {
  const authors = childrenNamed(el, ns, 'author').map((a) =>
    personName(textContent(childNamed(a, ns, 'name')) ?? textContent(childNamed(a, ns, 'email')) ?? textContent(a)),
  );
  return joinNames([...authors, ...childrenNamed(el, [NS.dc], 'creator').map((c) => personName(textContent(c)))]);
}

/**
 * The link to the page: rel="alternate" (the default rel) preferring an HTML type, as RFC 4287 §4.2.7.2
 * intends; an element without a usable alternate falls back to nothing rather than to self/edit links.
 */
export function alternateLink(el: XmlElement, ns: readonly string[], ...bases: Array<string | null>): string | null {
  const alternates = childrenNamed(el, ns, 'link').filter(
    (l) => (attribute(l, 'rel')?.trim().toLowerCase() || 'alternate') === 'alternate',
  );
  const html = alternates.filter((l) => /html/i.test(attribute(l, 'type') ?? 'text/html'));
  for (const l of [...html, ...alternates]) {
    // Atom 0.3 and some broken feeds put the URL in the text instead of href.
    const url = resolveLink(attribute(l, 'href') ?? textContent(l), l.base, ...bases);
    if (url) return url;
  }
  return null;
}
