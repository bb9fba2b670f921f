import { absoluteHttpUrl } from '../../domain/url.ts';

/** A feed an HTML page announces with `<link rel="alternate">`. */
export interface DiscoveredFeed {
  url: string;
  type: string;
  title: string | null;
}

const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/feed+json', 'application/json', 'application/rdf+xml']);

/** The attributes of one start tag, names in lower case. */
export function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    attrs.set(m[1]!.toLowerCase(), (m[2] ?? m[3] ?? m[4] ?? '').trim());
  }
  return attrs;
}

/** Feeds announced in an HTML page's `<link rel="alternate" type="…">` tags, in page order, absolute. */
export function discoverFeeds(html: string, pageUrl: string): DiscoveredFeed[] {
  const found: DiscoveredFeed[] = [];
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const attrs = attributes(m[0]);
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const type = (attrs.get('type') ?? '').toLowerCase();
    if (!rel.includes('alternate') || !FEED_TYPES.has(type)) continue;
    const url = absoluteHttpUrl(attrs.get('href'), pageUrl);
    if (url && !found.some((f) => f.url === url)) found.push({ url, type, title: attrs.get('title') || null });
  }
  return found;
}
