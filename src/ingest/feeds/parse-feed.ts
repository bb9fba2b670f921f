import type { ParsedFeed } from '../../domain/feed.ts';
import { AppError } from '../../platform/errors.ts';
import { charsetFromContentType, declaredCharset, decodeDocument, normalizeCharset } from '../charset/index.ts';
import { readAtom } from './atom/parse-atom.ts';
import { detectXmlFormat, sniffSyntax } from './detect.ts';
import type { FeedContext } from './fields.ts';
import { readJsonFeed } from './json/parse-json.ts';
import { readRdf } from './rdf/parse-rdf.ts';
import { readRss } from './rss/parse-rss.ts';
import { parseXml } from './xml/tree.ts';

/** Options of parseFeed: the URL the feed came from (base for relative links) and its Content-Type. */
export interface ParseFeedOptions {
  url: string;
  contentType?: string | null;
}

const MAX_REASONS = 5;

/**
 * Reads a feed (RSS 0.9x/2.0, RSS 1.0 RDF, Atom 1.0/0.3 or JSON Feed) into one model. A broken but
 * readable feed comes back with `bozo` set and the reasons; a document that holds no feed at all
 * throws AppError('feeds', 'not_a_feed' | 'unparsable').
 */
export function parseFeed(input: Uint8Array | string, options: ParseFeedOptions): ParsedFeed {
  const problems: string[] = [];
  const text = decode(input, options.contentType ?? null, problems);
  if (text.trim() === '') throw new AppError('feeds', 'unparsable', 'the document is empty');
  const ctx: FeedContext = { url: options.url, problems };
  const feed = sniffSyntax(text, options.contentType) === 'json' ? readJsonFeed(text, ctx) : readXmlFeed(text, ctx);
  const reasons = [...new Set(problems)];
  return {
    ...feed,
    bozo: reasons.length > 0,
    bozoReason: reasons.length > 0 ? reasons.slice(0, MAX_REASONS).join('; ') : null,
  };
}

function decode(input: Uint8Array | string, contentType: string | null, problems: string[]): string {
  if (typeof input === 'string') return input.replace(/^\ufeff/, '');
  const kind = sniffSyntax(input, contentType);
  const decoded = decodeDocument(input, { contentType, kind });
  for (const label of [charsetFromContentType(contentType), kind === 'xml' ? declaredCharset(input, kind) : null]) {
    if (label && !normalizeCharset(label)) problems.push(`unknown charset ${label} declared`);
  }
  if (decoded.overridden) {
    problems.push(`declared charset ${decoded.overridden.declared} was wrong (${decoded.overridden.reason})`);
  } else if (decoded.source === 'fallback') {
    problems.push(`no charset declared and the bytes are not UTF-8; read as ${decoded.charset}`);
  }
  return decoded.text;
}

function readXmlFeed(text: string, ctx: FeedContext): ParsedFeed {
  const doc = parseXml(text, { baseUrl: ctx.url });
  const detected = detectXmlFormat(doc.root);
  if (detected.kind === 'html') throw new AppError('feeds', 'not_a_feed', 'the document is an HTML page, not a feed');
  if (detected.kind === 'unknown') {
    if (doc.root) throw new AppError('feeds', 'not_a_feed', `the XML root element <${doc.root.name}> is not a feed`);
    throw new AppError('feeds', 'unparsable', 'the document contains no XML element');
  }
  ctx.problems.push(...doc.problems);
  if (detected.nested) ctx.problems.push(`the feed element is wrapped in <${doc.root!.name}>`);
  switch (detected.format) {
    case 'rss':
      return readRss(detected.element, ctx);
    case 'rdf':
      return readRdf(detected.element, ctx);
    case 'atom':
      return readAtom(detected.element, ctx);
    default:
      throw new AppError('feeds', 'not_a_feed', `unexpected feed format ${detected.format}`);
  }
}
