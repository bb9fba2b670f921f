import { isAscii } from 'node:buffer';
import type { FeedFormat, ParsedFeed } from '../../domain/feed.ts';
import { AppError } from '../../platform/errors.ts';
import { charsetFromContentType, declaredCharset, decodeDocument, normalizeCharset } from '../charset/index.ts';
import { readAtom } from './atom/parse-atom.ts';
import { detectXmlFormat, sniffSyntax } from './detect.ts';
import { languageTag, type FeedContext } from './fields.ts';
import { readJsonFeed } from './json/parse-json.ts';
import { readRdf } from './rdf/parse-rdf.ts';
import { readRss } from './rss/parse-rss.ts';
import { earlyRssItems } from './rss/early-items.ts';
import { earlyAtomEntries } from './atom/early-entries.ts';
import { decodeGuessed } from './guess-charset.ts';
import { decodeWideXml } from './wide-charset.ts';
import { parseXml, type XmlElement } from './xml/tree.ts';
import { xmlFeedVersion } from './version.ts';

/** Options of parseFeed: the URL the feed came from (base for relative links) and its HTTP headers. */
export interface ParseFeedOptions {
  url: string;
  contentType?: string | null;
  /** The HTTP Content-Language header: the feed's language when the feed names none. */
  contentLanguage?: string | null;
}

const MAX_REASONS = 5;

/**
 * Reads a feed (RSS 0.9x/2.0, RSS 1.0 RDF, Atom 1.0/0.3 or JSON Feed) into one model. A broken but
 * readable feed comes back with `bozo` set and the reasons; a document that holds no feed at all
 * throws AppError('feeds', 'not_a_feed' | 'unparsable').
 */
export function parseFeed(input: Uint8Array | string, options: ParseFeedOptions): ParsedFeed {
  const problems: string[] = [];
  const { text, encoding } = decode(input, options.contentType ?? null, problems);
  if (text.trim() === '') throw new AppError('feeds', 'unparsable', 'the document is empty');
  const ctx: FeedContext = { url: options.url, problems };
  const syntax = sniffSyntax(text, options.contentType);
  const mismatch = syntax === 'xml' ? nonXmlMediaType(options.contentType ?? null) : null;
  if (mismatch) problems.push(`served as ${mismatch}, which is not an XML media type`);
  const feed = syntax === 'json' ? readJsonFeed(text, ctx) : readXmlFeed(text, ctx);
  const reasons = [...new Set(problems)];
  return {
    ...feed,
    language: feed.language ?? languageTag(options.contentLanguage?.split(',')[0]),
    bozo: reasons.length > 0,
    bozoReason: reasons.length > 0 ? reasons.slice(0, MAX_REASONS).join('; ') : null,
    encoding,
  };
}

function decode(input: Uint8Array | string, contentType: string | null, problems: string[]): { text: string; encoding: string | null } {
  if (typeof input === 'string') return { text: input.replace(/^\ufeff/, ''), encoding: null };
  const wide = decodeWideXml(input);
  if (wide) return { text: wide.text.replace(/^\ufeff/, ''), encoding: wide.charset };
  const kind = sniffSyntax(input, contentType);
  const decoded = decodeDocument(input, { contentType, kind });
  for (const label of [charsetFromContentType(contentType), kind === 'xml' ? declaredCharset(input, kind) : null]) {
    if (label && !normalizeCharset(label)) problems.push(`unknown charset ${label} declared`);
  }
  if (decoded.overridden) {
    problems.push(`declared charset ${decoded.overridden.declared} was wrong (${decoded.overridden.reason})`);
  } else if (decoded.source === 'fallback') {
    const guessed = decodeGuessed(input);
    problems.push(`no charset declared and the bytes are not UTF-8; read as ${guessed?.charset ?? decoded.charset}`);
    if (guessed) return { text: guessed.text, encoding: guessed.charset };
  }
  const encoding = decoded.source !== 'bom' && isAsciiTextXml(contentType, input) ? 'us-ascii' : decoded.charset;
  return { text: decoded.text, encoding };
}

/**
 * RFC 3023 gives `text/*` XML without a charset parameter the charset US-ASCII, whatever the XML
 * declaration says; RFC 7303 later let the declaration decide, and so do we when decoding. Both agree
 * on a document that is pure ASCII, and then it is reported as the US-ASCII that it is.
 */
function isAsciiTextXml(contentType: string | null, bytes: Uint8Array): boolean {
  if (!contentType || charsetFromContentType(contentType) !== null) return false;
  return /^\s*text\//i.test(contentType) && isAscii(bytes);
}

// A plain-text label means the server does not know it serves XML; the feed is read anyway.
function nonXmlMediaType(contentType: string | null): string | null {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type === 'text/plain' ? type : null;
}

function readXmlFeed(text: string, ctx: FeedContext): ParsedFeed {
  const rss = earlyRssItems(ctx.url);
  const atom = earlyAtomEntries(ctx.url);
  let doc = parseXml(text, {
    baseUrl: ctx.url,
    onClose: (element, parent, root) => {
      rss.onClose(element, parent, root);
      atom.onClose(element, parent, root);
    },
  });
  if (atom.stillValid(doc.root)) ctx.early = new Map([...rss.items, ...atom.items]);
  // Entries were read before the feed's link or author that they inherit: read the document again.
  else doc = parseXml(text, { baseUrl: ctx.url });
  const detected = detectXmlFormat(doc.root);
  if (detected.kind === 'html') throw new AppError('feeds', 'not_a_feed', 'the document is an HTML page, not a feed');
  if (detected.kind === 'unknown') {
    if (doc.root) throw new AppError('feeds', 'not_a_feed', `the XML root element <${doc.root.name}> is not a feed`);
    throw new AppError('feeds', 'unparsable', 'the document contains no XML element');
  }
  ctx.problems.push(...doc.problems);
  if (detected.nested) ctx.problems.push(`the feed element is wrapped in <${doc.root!.name}>`);
  return { ...readFormat(detected.format, detected.element, ctx), version: xmlFeedVersion(detected.format, detected.element, text) };
}

function readFormat(format: FeedFormat, element: XmlElement, ctx: FeedContext): ParsedFeed {
  switch (format) {
    case 'rss':
      return readRss(element, ctx);
    case 'rdf':
      return readRdf(element, ctx);
    case 'atom':
      return readAtom(element, ctx);
    default:
      throw new AppError('feeds', 'not_a_feed', `unexpected feed format ${format}`);
  }
}
