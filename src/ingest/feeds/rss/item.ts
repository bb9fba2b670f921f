import type { ParsedEnclosure, ParsedItem } from '../../../domain/feed.ts';
import { NS } from '../xml/namespaces.ts';
import { attribute, childNamed, childrenNamed, elements, textContent } from '../xml/query.ts';
import { embeddedHtml, innerMarkup } from '../xml/serialize.ts';
import type { XmlElement } from '../xml/tree.ts';
import { parseFeedDate } from '../dates.ts';
import { joinNames, mimeType, parseLength, personName, uniqueCategories, uniqueEnclosures } from '../fields.ts';
import { itunesCategories, linkEnclosures, mediaCategories, mediaDescription, mediaEnclosures, mediaText } from '../media.ts';
import { escapeHtml, literalText, plainText, trimmedHtml } from '../text.ts';
import { absolutizeHtml, resolveLink } from '../urls.ts';
import { RSS_CORE } from './names.ts';

/** The bases a relative link in an item falls back to: the channel's site link, then the feed URL. */
export interface ItemBases {
  siteLink: string | null;
  feedUrl: string;
}

const text = (item: XmlElement, ns: readonly string[], local: string): string | null => textContent(childNamed(item, ns, local));

/** Turns an RSS 0.9x/2.0 or RSS 1.0 `item` into the common model. */
export function readRssItem(item: XmlElement, bases: ItemBases): ParsedItem {
  const guid = childNamed(item, RSS_CORE, 'guid');
  const about = attribute(item, 'about', NS.rdf);
  return {
    id: literalText(textContent(guid)) ?? literalText(about),
    title: plainText(text(item, RSS_CORE, 'title') ?? text(item, [NS.dc], 'title') ?? mediaText(item, 'title')),
    link: itemLink(item, guid, about, bases),
    published: firstDate(item, [[RSS_CORE, 'pubdate'], [[NS.dc], 'date'], [[NS.dcterms], 'issued'], [[NS.dcterms], 'created'], [[NS.atom], 'published']]),
    // CDF items carry their date in a LASTMOD attribute.
    updated: firstDate(item, [[[NS.atom], 'updated'], [[NS.dcterms], 'modified']]) ?? parseFeedDate(attribute(item, 'lastmod')),
    author: itemAuthor(item),
    summary: itemSummary(item, bases),
    content: itemContent(item, bases),
    categories: uniqueCategories([
      ...childrenNamed(item, RSS_CORE, 'category').map(textContent),
      ...childrenNamed(item, [NS.dc], 'subject').map(textContent),
      ...itunesCategories(item),
      ...mediaCategories(item),
    ]),
    enclosures: itemEnclosures(item, bases),
  };
}

function firstDate(item: XmlElement, candidates: Array<[readonly string[], string]>): string | null {
  for (const [ns, local] of candidates) {
    const date = parseFeedDate(text(item, ns, local));
    if (date) return date;
  }
  return null;
}

function itemLink(item: XmlElement, guid: XmlElement | undefined, about: string | null, bases: ItemBases): string | null {
  const resolve = (href: string | null, el: XmlElement | undefined): string | null =>
    resolveLink(href, el?.base ?? item.base, bases.siteLink, bases.feedUrl);
  // Feedburner rewrote links to its redirector; the original link is the one that still works.
  const orig = childNamed(item, [NS.feedburner], 'origlink');
  const link = childNamed(item, RSS_CORE, 'link');
  const fromGuid =
    guid && attribute(guid, 'ispermalink')?.trim().toLowerCase() !== 'false' ? resolveLink(textContent(guid), null) : null;
  const atomAlternate = childrenNamed(item, [NS.atom], 'link').find(
    (l) => (attribute(l, 'rel')?.trim().toLowerCase() ?? 'alternate') === 'alternate',
  );
  return (
    resolve(textContent(orig), orig) ??
    resolve(textContent(link) || attribute(link, 'href'), link) ??
    fromGuid ??
    resolve(attribute(atomAlternate, 'href'), atomAlternate) ??
    resolveLink(about, null) ??
    resolve(attribute(item, 'href'), item)
  );
}

function itemAuthor(item: XmlElement): string | null {
  const atomNames = childrenNamed(item, [NS.atom], 'author').map((a) => text(a, [NS.atom], 'name'));
  return joinNames(
    [
      ...childrenNamed(item, RSS_CORE, 'author').map(textContent),
      ...childrenNamed(item, [NS.dc], 'creator').map(textContent),
      ...childrenNamed(item, [NS.dc], 'author').map(textContent),
      ...atomNames,
      text(item, [NS.itunes], 'author'),
    ].map(personName),
  );
}

function htmlOf(el: XmlElement | undefined, bases: ItemBases): string | null {
  if (!el) return null;
  return trimmedHtml(absolutizeHtml(embeddedHtml(el), el.base ?? bases.siteLink ?? bases.feedUrl));
}

// A description and a (non-standard) summary element: the first is the summary, the second the full text.
function descriptions(item: XmlElement): XmlElement[] {
  return elements(item).filter((el) => RSS_CORE.includes(el.ns) && (el.local === 'description' || el.local === 'summary'));
}

function itemSummary(item: XmlElement, bases: ItemBases): string | null {
  const itunes = literalText(text(item, [NS.itunes], 'summary'));
  return (
    htmlOf(descriptions(item)[0], bases) ??
    htmlOf(childNamed(item, [NS.dc], 'description'), bases) ??
    htmlOf(childNamed(item, RSS_CORE, 'abstract'), bases) ??
    (itunes ? escapeHtml(itunes) : null) ??
    mediaDescription(item)
  );
}

function itemContent(item: XmlElement, bases: ItemBases): string | null {
  const encoded = htmlOf(childNamed(item, [NS.content], 'encoded'), bases);
  if (encoded) return encoded;
  // An inline XHTML body (xhtml:body, or a bare body) is real markup, not escaped text.
  const body = childNamed(item, [NS.xhtml], 'body') ?? childNamed(item, RSS_CORE, 'body');
  if (body) return trimmedHtml(absolutizeHtml(innerMarkup(body), body.base ?? bases.siteLink ?? bases.feedUrl));
  // Netscape's RSS 0.91 drafts called the full text fullitem.
  return htmlOf(childNamed(item, RSS_CORE, 'fullitem'), bases) ?? htmlOf(descriptions(item)[1], bases);
}

function itemEnclosures(item: XmlElement, bases: ItemBases): ParsedEnclosure[] {
  const own = childrenNamed(item, RSS_CORE, 'enclosure').map((el): ParsedEnclosure | null => {
    const url = resolveLink(attribute(el, 'url'), el.base, bases.siteLink, bases.feedUrl);
    return url ? { url, type: mimeType(attribute(el, 'type')), length: parseLength(attribute(el, 'length')) } : null;
  });
  return uniqueEnclosures([
    ...own,
    ...mediaEnclosures(item, item.base, bases.siteLink, bases.feedUrl),
    ...linkEnclosures(item, [NS.atom], item.base, bases.siteLink, bases.feedUrl),
  ]);
}
