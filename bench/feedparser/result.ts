// Presents a ParsedFeed under feedparser's names, so that the suite's expressions can read it. A key
// our model deliberately lacks raises NotApplicable with the reason; a key we model but left empty is
// simply absent (the expression then fails as feedparser's would with a missing key).
import type { ParsedFeed, ParsedItem } from '../../src/domain/feed.ts';
import { parseFeedDate } from '../../src/ingest/feeds/index.ts';
import { canonicalHtml } from './canonical-html.ts';
import { escapeHtml, plainText } from '../../src/ingest/feeds/text.ts';
import { personName } from '../../src/ingest/feeds/fields.ts';
import { plainDict, PyTuple, type PyObject, type PyValue } from './pyexpr.ts';

/** Thrown when an expression reads a field outside our model. */
export class NotApplicable extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** The reasons a field is outside our model, with the keys each one covers. */
const LACKING: Array<[string, (key: string, where: string) => boolean]> = [
  [
    'text-construct metadata (type, language, xml:base of each field): we keep the resolved value only',
    (key, where) => where === 'detail' && ['type', 'language', 'base'].includes(key),
  ],
  [
    'person details (e-mail, URL, contributors, publisher): we keep the display name only',
    (key, where) =>
      (where === 'person' && ['email', 'href', 'url'].includes(key)) ||
      /^(authors|contributors|publisher|publisher_detail|author_detail)$/.test(key),
  ],
  ['the full link list with rel/type per link: we keep the page link and the enclosures', (key) => key === 'links'],
  [
    'extension namespaces (iTunes flags, Media RSS details, GeoRSS, Podlove chapters, images) not in our model',
    (key) => /^(itunes_|media_|georss_|psc_|where$|image$|href$)/.test(key),
  ],
  [
    'feed-parser internals (exception class, namespace map, Python modules)',
    (key) => /^(bozo_exception|namespaces|feedparser|isinstance|datetime)$/.test(key),
  ],
  [
    'metadata we do not store (rights, generator, docs, cloud, textInput, source, comments, ids of the feed, tag scheme/label, created/expired dates, …)',
    () => true,
  ],
];

function lacking(key: string, where: string): never {
  const reason = LACKING.find(([, test]) => test(key, where))![0];
  throw new NotApplicable(reason);
}

/** A dict of present fields; `where` names what kind of dict it is, for the not-applicable reasons. */
function record(fields: Record<string, PyValue | undefined>, where: string, modelled: readonly string[] = []): PyObject {
  const map = new Map<string, PyValue>();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined && value !== null) map.set(key, value);
  const inner = plainDict(map);
  return {
    ...inner,
    missing: (key) => {
      if (!modelled.includes(key) && !Object.hasOwn(fields, key)) lacking(key, where);
    },
  };
}

/** A date as feedparser's 9-field time tuple, in UTC. */
export function timeTuple(iso: string | null | undefined): PyValue[] | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const yday = Math.floor((d.getTime() - start) / 86_400_000) + 1;
  const values = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), (d.getUTCDay() + 6) % 7, yday, 0];
  return PyTuple.from(values) as PyValue[];
}

/** A date string that equals any string naming the same instant (the README: dates compare as UTC instants). */
function dateValue(iso: string | null | undefined): PyValue | undefined {
  if (!iso) return undefined;
  return {
    pyKind: 'object',
    has: () => false,
    get: () => null,
    keys: () => ['instant'],
    equals: (other) => typeof other === 'string' && parseFeedDate(other) === iso,
  };
}

// Charset names compare by the decoder they select: feedparser reports labels (us-ascii, gb18030),
// we report the decoder's own name (windows-1252 for the Latin-1 family, as browsers do).
function canonicalCharset(label: string): string {
  const l = label.trim().toLowerCase();
  if (['us-ascii', 'ascii', 'iso-8859-1', 'latin1', 'cp1252', 'windows-1252'].includes(l)) return 'windows-1252';
  if (['gb2312', 'gbk', 'gb18030', 'cp936'].includes(l)) return 'gb18030';
  if (['shift_jis', 'sjis', 'windows-31j', 'cp932'].includes(l)) return 'shift_jis';
  if (['tis-620', 'windows-874', 'cp874', 'iso-8859-11'].includes(l)) return 'windows-874';
  if (['euc-kr', 'cp949', 'ks_c_5601-1987'].includes(l)) return 'euc-kr';
  return l.replace(/_/g, '-');
}

function charsetValue(name: string | null | undefined): PyValue | undefined {
  if (!name) return undefined;
  return {
    pyKind: 'object',
    has: () => false,
    get: () => null,
    keys: () => ['name'],
    equals: (other) => typeof other === 'string' && canonicalCharset(other) === canonicalCharset(name),
  };
}

/** A string field with its own equality; `str` is the string itself (len, ord and the sanitiser rule use it). */
export interface StringValue extends PyObject {
  str: string;
}

function stringValue(str: string, equals: (other: string) => boolean): StringValue {
  return {
    pyKind: 'object',
    has: () => false,
    get: () => null,
    keys: () => (str === '' ? [] : ['str']),
    equals: (other) => {
      const theirs = asString(other);
      return theirs !== null && (theirs === str || equals(theirs));
    },
    str,
  };
}

// feedparser writes "Name (mail)" where we keep the name alone.
const withoutMail = (s: string): string => s.replace(/\s*\(\S+@\S+\)\s*$/, '');

/**
 * A plain-text field (title, subtitle, author): feedparser keeps HTML there, we keep text, so ours
 * equals feedparser's string when it is that string or the text that string's HTML shows.
 */
function textValue(text: string | null | undefined): PyValue | undefined {
  if (text == null) return undefined;
  return stringValue(text, (other) => [plainText(other), collapse(other), personName(other), withoutMail(other)].includes(text));
}

/** A URL field: equal to any spelling of the same URL (host case, percent-encoding). */
function urlValue(url: string | null | undefined): PyValue | undefined {
  if (url == null) return undefined;
  return stringValue(url, (other) => {
    try {
      return new URL(other).href === new URL(url).href;
    } catch {
      return false;
    }
  });
}


/**
 * An HTML field (summary, content): feedparser gives text/plain content as raw text, we give it as
 * escaped HTML; either way the same text, and markup compares after void-element spelling is unified.
 */
function htmlValue(html: string | null | undefined): PyValue | undefined {
  if (html == null) return undefined;
  return stringValue(html, (other) => html === escapeHtml(other) || canonicalHtml(html) === canonicalHtml(other));
}

const collapse = (s: string): string => s.replace(/[ \t\n\r]+/g, ' ').trim();

function detail(value: string | null | undefined, asText = false): PyValue | undefined {
  return value == null ? undefined : record({ value: asText ? textValue(value) : htmlValue(value) }, 'detail');
}

const ENTRY_KEYS = ['id', 'guid', 'title', 'title_detail', 'link', 'summary', 'description', 'summary_detail', 'description_detail', 'content', 'published', 'issued', 'published_parsed', 'issued_parsed', 'updated', 'updated_parsed', 'date', 'date_parsed', 'modified', 'modified_parsed', 'author', 'tags', 'category', 'enclosures'];
const FEED_KEYS = ['title', 'title_detail', 'link', 'subtitle', 'subtitle_detail', 'tagline', 'tagline_detail', 'description', 'description_detail', 'language', 'updated', 'updated_parsed', 'date', 'date_parsed', 'modified', 'modified_parsed', 'published', 'published_parsed', 'author'];

function dates(published: string | null | undefined, ownUpdated: string | null | undefined): Record<string, PyValue | undefined> {
  // feedparser answers `updated` with the published date when there is no other.
  const updated = ownUpdated ?? published;
  return {
    published: dateValue(published),
    issued: dateValue(published),
    published_parsed: timeTuple(published),
    issued_parsed: timeTuple(published),
    updated: dateValue(updated),
    date: dateValue(updated),
    modified: dateValue(updated),
    updated_parsed: timeTuple(updated),
    date_parsed: timeTuple(updated),
    modified_parsed: timeTuple(updated),
  };
}

function entry(item: ParsedItem): PyObject {
  // feedparser copies the content into an absent summary; the same text under its name.
  const summary = item.summary ?? item.content;
  const tags = item.categories.map((term) => record({ term }, 'tag'));
  return record(
    {
      id: item.id,
      guid: item.id,
      title: textValue(item.title),
      title_detail: detail(item.title, true),
      link: urlValue(item.link),
      summary: htmlValue(summary),
      description: htmlValue(summary),
      summary_detail: detail(summary),
      description_detail: detail(summary),
      content: item.content == null ? undefined : [record({ value: htmlValue(item.content) }, 'detail')],
      ...dates(item.published, item.updated),
      author: textValue(item.author),
      tags,
      category: item.categories[0],
      enclosures: item.enclosures.map((e) => record({ href: urlValue(e.url), type: e.type, length: e.length == null ? undefined : String(e.length) }, 'enclosure')),
    },
    'entry',
    ENTRY_KEYS,
  );
}

/** What the fetch gave besides the body: feedparser exposes these at the top level. */
export interface FetchFacts {
  url: string;
  status: number;
  headers: Record<string, string>;
}

/** The string behind a value: itself, or the `str` of a string field. */
export function asString(v: PyValue): string | null {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && !Array.isArray(v) && typeof (v as Partial<StringValue>).str === 'string') return (v as StringValue).str;
  return null;
}

/** The top-level scope an Expect expression is evaluated in; `blankText` gives absent titles as empty text. */
export function resultScope(parsed: ParsedFeed | null, fetched: FetchFacts, blankText = false): PyObject {
  // Our model keeps a title that has no text as null; where only the text counts (the sanitiser
  // rule) that is the empty text.
  const feed =
    parsed && blankText
      ? { ...parsed, title: parsed.title ?? '', subtitle: parsed.subtitle ?? '', items: parsed.items.map((i) => ({ ...i, title: i.title ?? '' })) }
      : parsed;
  const subtitle = feed?.subtitle;
  const feedDict = record(
    feed
      ? {
          title: textValue(feed.title),
          title_detail: detail(feed.title, true),
          link: urlValue(feed.link),
          subtitle: textValue(subtitle),
          tagline: textValue(subtitle),
          description: textValue(subtitle),
          subtitle_detail: detail(subtitle, true),
          tagline_detail: detail(subtitle, true),
          description_detail: detail(subtitle, true),
          language: feed.language,
          ...dates(feed.published, feed.updated),
          author: textValue(feed.author),
        }
      : {},
    'feed',
    FEED_KEYS,
  );
  const entries = (feed?.items ?? []).map(entry);
  const headers = record(fetched.headers, 'headers', Object.keys(fetched.headers));
  const top: Record<string, PyValue | undefined> = {
    bozo: feed ? feed.bozo : true,
    feed: feedDict,
    channel: feedDict,
    entries,
    items: entries,
    encoding: charsetValue(feed?.encoding),
    version: feed?.version ?? undefined,
    headers,
    href: fetched.url,
    status: fetched.status,
    etag: fetched.headers['etag'] || undefined,
    modified: fetched.headers['last-modified'] || undefined,
  };
  const scope = record(top, 'top', ['etag', 'modified', 'encoding', 'version']);
  const names = scope.keys();
  const builtins: Record<string, PyValue> = {
    len: (v) => {
      const s = asString(v);
      return s !== null || Array.isArray(v) ? (s ?? (v as PyValue[])).length : v && typeof v === 'object' ? v.keys().length : 0;
    },
    ord: (v) => {
      const s = asString(v);
      return s !== null && [...s].length === 1 ? s.codePointAt(0)! : NaN;
    },
    locals: () => names,
  };
  return {
    ...scope,
    has: (key) => key in builtins || scope.has(key),
    get: (key) => (key in builtins ? builtins[key]! : scope.get(key)),
  };
}
