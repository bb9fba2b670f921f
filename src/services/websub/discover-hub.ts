/** What WebSub discovery found for one fetched feed. */
export interface HubLinks {
  /** Hub URLs in the order announced (absolute). */
  hubs: string[];
  /** The topic URL the publisher names as the feed's own (`rel="self"`), or null. */
  self: string | null;
}

/**
 * Finds a feed's WebSub hubs and self URL (W3C WebSub §4): the HTTP `Link` header comes first, the
 * document's `<link rel="hub">`/`rel="self"` (or a JSON Feed's `hubs` and `feed_url`) fill in what the
 * header does not name. Relative URLs are resolved against `baseUrl`; the scan is tolerant and never
 * throws, a feed without hub simply gives no hubs.
 */
export function discoverHub(input: { linkHeader: string | null; body: Uint8Array | string; baseUrl: string }): HubLinks {
  const header = input.linkHeader ? linksFromHeader(input.linkHeader) : [];
  const text = typeof input.body === 'string' ? input.body : new TextDecoder('utf-8', { fatal: false }).decode(input.body);
  const document = /^\s*\{/.test(text) ? linksFromJsonFeed(text) : linksFromXml(text);
  const pick = (links: RawLink[], rel: string) => links.filter((l) => l.rels.includes(rel)).map((l) => l.href);
  const headerHubs = pick(header, 'hub');
  const hubs = headerHubs.length > 0 ? headerHubs : pick(document, 'hub');
  const self = pick(header, 'self')[0] ?? pick(document, 'self')[0] ?? null;
  return {
    hubs: unique(hubs.flatMap((h) => absolute(h, input.baseUrl) ?? [])),
    self: self === null ? null : absolute(self, input.baseUrl),
  };
}

interface RawLink {
  href: string;
  rels: string[];
}

/** Parses an RFC 8288 Link header: `<url>; rel="hub self", <url2>; rel=next`. */
function linksFromHeader(value: string): RawLink[] {
  const links: RawLink[] = [];
  // The URL sits between < and >, so commas inside it do not split links.
  const linkRe = /<([^>]*)>((?:\s*;\s*[^;,]+(?:=(?:"[^"]*"|[^;,]*))?)*)/g;
  for (const match of value.matchAll(linkRe)) {
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^;,\s]+))/i.exec(match[2] ?? '');
    if (!rel) continue;
    links.push({ href: match[1]!.trim(), rels: relTokens(rel[1] ?? rel[2] ?? '') });
  }
  return links;
}

/** Feed-level `<link>`/`<atom:link>` elements of an RSS, RDF or Atom document. */
function linksFromXml(text: string): RawLink[] {
  // Only the feed's head counts: entries may carry their own rel="self" links.
  const firstItem = /<(?:[\w.-]+:)?(?:entry|item)[\s>/]/i.exec(text);
  const head = firstItem ? text.slice(0, firstItem.index) : text;
  const links: RawLink[] = [];
  for (const tag of head.matchAll(/<(?:[\w.-]+:)?link\b([^>]*)>/gi)) {
    // The slash of a self-closing tag is no part of the last unquoted value.
    const attributes = readAttributes((tag[1] ?? '').replace(/\/\s*$/, ''));
    const href = attributes.get('href');
    const rel = attributes.get('rel');
    if (href !== undefined && rel !== undefined) links.push({ href: decodeXmlText(href), rels: relTokens(rel) });
  }
  return links;
}

/** JSON Feed 1.x: `hubs: [{ type: "WebSub", url }]` and `feed_url` as the self link. */
function linksFromJsonFeed(text: string): RawLink[] {
  let feed: unknown;
  try {
    feed = JSON.parse(text);
  } catch {
    return [];
  }
  if (typeof feed !== 'object' || feed === null) return [];
  const record = feed as Record<string, unknown>;
  const links: RawLink[] = [];
  if (Array.isArray(record.hubs)) {
    for (const hub of record.hubs as unknown[]) {
      if (typeof hub !== 'object' || hub === null) continue;
      const { type, url } = hub as Record<string, unknown>;
      if (typeof url === 'string' && (typeof type !== 'string' || /^(websub|pubsubhubbub)$/i.test(type))) links.push({ href: url, rels: ['hub'] });
    }
  }
  if (typeof record.feed_url === 'string') links.push({ href: record.feed_url, rels: ['self'] });
  return links;
}

function readAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of source.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    const name = m[1]!.toLowerCase();
    if (!attributes.has(name)) attributes.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attributes;
}

/** The few entities that occur in URLs inside attributes. */
function decodeXmlText(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name] ?? '');
}

function relTokens(rel: string): string[] {
  return rel.toLowerCase().split(/\s+/).filter(Boolean);
}

function absolute(href: string, base: string): string | null {
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
