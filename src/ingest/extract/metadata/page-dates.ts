// The publication date of a page, from the most to the least explicit statement: structured data,
// meta tags, marked-up date elements, the URL, and finally dates written near the headline.
import { all } from '../dom.ts';
import { normalizeDate } from './dates.ts';
import { textValue, typesOf, type JsonLdNode } from './json-ld.ts';
import { elementsAfter, elementsBefore, elementsWhere } from './document-order.ts';
import { inForeignRegion } from './regions.ts';
import { dateInText } from './text-dates.ts';

const DAY = 86_400_000;
// Pages older than the web's news sites are parsing accidents (a founding year, a copyright line).
const OLDEST = Date.UTC(1995, 0, 1);

const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'article:published', 'datepublished',
  'date', 'dc.date', 'dc.date.issued', 'dc.date.created', 'dcterms.created', 'dcterms.issued', 'dcterms.date',
  'pubdate', 'publish-date', 'publishdate', 'publish_date', 'parsely-pub-date', 'sailthru.date', 'citation_publication_date',
  'citation_date', 'originalpublicationdate', 'article.published', 'datecreated',
];
// Names of less common meta tags that still announce a publication ("shareaholic:article_published_time").
const PUBLISHED_META_NAME = /(?:publish|publication|pub_?date|date_?pub|issued|created)/;
const MODIFIED_META_NAME = /(?:modif|updat|revis|changed|expir)/;

const JSON_LD_DATE_KEYS = ['datePublished', 'dateCreated', 'uploadDate'];
// Nodes whose dates belong to something other than the page's own content.
const FOREIGN_NODE = /(?:Comment|Review|Answer|Question|Offer|Event|Person|Organization|Rating|Product)$/;

// Elements that usually hold the article's date line: <time>, <abbr>, and classes or ids naming a date,
// a publication, a byline or a meta line.
const DATE_LINE_TAGS = new Set(['TIME', 'ABBR']);
const DATE_LINE_NAME = /date|time|publish|posted|datum|meta|byline|info|subline|author|stand/;

function isDateLine(tag: string, names: string): boolean {
  return DATE_LINE_TAGS.has(tag) || DATE_LINE_NAME.test(names);
}

/** Whether an instant is a plausible publication date: not before 1995 and not in the future. */
export function plausible(iso: string | null, now: number): iso is string {
  if (!iso) return false;
  const ms = Date.parse(iso);
  return ms >= OLDEST && ms <= now + DAY;
}

function firstPlausible(values: Array<() => string | null>, now: number): string | null {
  for (const value of values) {
    const iso = value();
    if (plausible(iso, now)) return iso;
  }
  return null;
}

/** A date of any JSON-LD node that describes the page's own content (a WebPage, a video, a recipe…). */
export function jsonLdDate(nodes: JsonLdNode[], now: number, keys: string[] = JSON_LD_DATE_KEYS): string | null {
  for (const key of keys) {
    for (const node of nodes) {
      if (typesOf(node).some((t) => FOREIGN_NODE.test(t))) continue;
      const iso = normalizeDate(textValue(node[key]));
      if (plausible(iso, now)) return iso;
    }
  }
  return null;
}

/** The publication date of the well-known meta tags (`article:published_time`, `date`, `DC.date.issued`…). */
export function metaDate(meta: Map<string, string>, now: number): string | null {
  return firstPlausible(PUBLISHED_META.map((key) => () => normalizeDate(meta.get(key))), now);
}

/** A date in any other meta tag whose name announces a publication ("shareaholic:article_published_time"). */
export function namedMetaDate(meta: Map<string, string>, now: number): string | null {
  for (const [key, value] of meta) {
    if (!PUBLISHED_META_NAME.test(key) || MODIFIED_META_NAME.test(key)) continue;
    const iso = normalizeDate(value);
    if (plausible(iso, now)) return iso;
  }
  return null;
}

function attributeDate(el: Element): string | null {
  for (const attr of ['datetime', 'content', 'title', 'data-date', 'data-datetime']) {
    const value = el.getAttribute(attr);
    const iso = value ? normalizeDate(value) ?? dateInText(value) : null;
    if (iso) return iso;
  }
  return null;
}

/** Dates marked up as the publication date: `itemprop="datePublished"`, `time[pubdate]`, `.published[title]`. */
export function markedDate(doc: Document, now: number): string | null {
  const marked = all(doc, '[itemprop="datePublished" i], [itemprop="dateCreated" i], time[pubdate], [class~="published"], [class~="entry-date"], [class~="post-date"]');
  for (const el of marked) {
    const iso = attributeDate(el) ?? dateInText(el.textContent ?? '');
    if (plausible(iso, now)) return iso;
  }
  return null;
}

/** A date in the URL's path: /2021/03/12/, /2021-03-12-, /20210312/, /12-03-2021 (a year and month alone is no date). */
export function urlDate(url: string | null, now: number): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /(?:^|[/_-])((?:19|20)\d{2})([/_-]?)(\d{2})\2(\d{2})(?=$|[/_.-])/.exec(path)
    ?? /\/((?:19|20)\d{2})()[/-](\d{1,2})[/-](\d{1,2})(?=\/)/.exec(path);
  // The German order as a whole path segment: /meldungen/29-10-2021
  const dmy = m ? null : /\/(\d{2})[-.](\d{2})[-.]((?:19|20)\d{2})(?=$|\/)/.exec(path);
  if (!m && !dmy) return null;
  const [year, month, day] = m ? [m[1]!, m[3]!, m[4]!] : [dmy![3]!, dmy![2]!, dmy![1]!];
  const iso = normalizeDate(`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`);
  return plausible(iso, now) ? iso : null;
}

// A date line is short; a paragraph that mentions a date is text, not metadata.
const MAX_DATE_LINE = 160;

// A date line above the headline counts as this much farther away than one below it.
const BEFORE_PENALTY = 2;

/**
 * The date written in the page's date line: among short elements that look like one (a `<time>`, a
 * class naming a date, a byline, a meta line) outside navigation, teasers and comments, the one
 * closest to the headline (below it preferred), else the first of the page.
 */
export function visibleDate(doc: Document, h1: Element | null, now: number): string | null {
  let position: Map<Element, number> | null = null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const el of elementsWhere(doc, isDateLine)) {
    if (el.tagName === 'BODY' || el.tagName === 'HTML') continue;
    const text = el.textContent ?? '';
    if (text.length > MAX_DATE_LINE || inForeignRegion(el)) continue;
    const iso = attributeDate(el) ?? dateInText(text.replace(/\s+/g, ' '));
    if (!plausible(iso, now)) continue;
    if (!h1) return iso;
    // Element positions are only needed once a candidate is found (most pages stop at their meta tags).
    position ??= elementPositions(doc);
    const offset = (position.get(el) ?? 0) - (position.get(h1) ?? 0);
    const distance = offset >= 0 ? offset : -offset * BEFORE_PENALTY;
    if (distance < bestDistance) [best, bestDistance] = [iso, distance];
  }
  return best;
}

function elementPositions(doc: Document): Map<Element, number> {
  const positions = new Map<Element, number>();
  // The elements `body *` selects, in document order: those below each <body> not inside an earlier one.
  const bodies: Element[] = [];
  for (const body of all(doc, 'body')) {
    if (bodies.some((outer) => outer.contains(body))) continue;
    bodies.push(body);
    for (const el of all(body, '*')) positions.set(el, positions.size);
  }
  return positions;
}

// How far after the headline a bare date line ("<p><em>12.03.2021</em></p>") is still the article's.
const NEAR_HEADLINE = 25;
// A kicker line above the headline ("24. April 2020 | Pressemitteilung") sits closer still.
const NEAR_HEADLINE_BEFORE = 8;

/** A short text right after (or just before) the headline that starts with or is a date, marked up or not. */
export function dateNearHeadline(doc: Document, h1: Element | null, now: number): string | null {
  if (!h1) return null;
  for (const el of [...elementsAfter(h1, NEAR_HEADLINE), ...elementsBefore(h1, NEAR_HEADLINE_BEFORE)]) {
    if (el.contains(h1)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length === 0 || (text.length > 60 && !/^\S{0,12}\s?\d/.test(text))) continue;
    const iso = dateInText(text.slice(0, 60));
    if (plausible(iso, now)) return iso;
  }
  return null;
}

/** Every source of a page's publication date, in order of trust; the first plausible one wins. */
export function publishedDate(input: {
  doc: Document;
  article: JsonLdNode;
  nodes: JsonLdNode[];
  meta: Map<string, string>;
  urls: Array<string | null>;
  /** The headline element, see {@link headlineElement}. */
  headline: Element | null;
  now?: number;
}): string | null {
  const now = input.now ?? Date.now();
  const { doc, article, nodes, meta } = input;
  return firstPlausible([
    () => normalizeDate(textValue(article.datePublished)) ?? normalizeDate(textValue(article.dateCreated)),
    () => metaDate(meta, now),
    () => jsonLdDate(nodes, now),
    () => namedMetaDate(meta, now),
    () => markedDate(doc, now),
    ...input.urls.map((url) => () => urlDate(url, now)),
    () => visibleDate(doc, input.headline, now),
    () => dateNearHeadline(doc, input.headline, now),
  ], now);
}
