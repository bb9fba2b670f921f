/** Short keys for the namespaces the feed readers look at; other namespaces keep their URI. */
export const NS = {
  none: '',
  rss: 'rss',
  rss1: 'rss1',
  rss090: 'rss090',
  rdf: 'rdf',
  atom: 'atom',
  atom03: 'atom03',
  dc: 'dc',
  dcterms: 'dcterms',
  content: 'content',
  media: 'media',
  itunes: 'itunes',
  xhtml: 'xhtml',
  feedburner: 'feedburner',
  sy: 'sy',
  xml: 'xml',
} as const;

// Keys are normalised URIs (see normalizeUri): publishers vary the case, the scheme and the final "/".
const KNOWN_URIS: Record<string, string> = {
  'http://backend.userland.com/rss2': NS.rss,
  'http://backend.userland.com/rss': NS.rss,
  'http://purl.org/rss/1.0': NS.rss1,
  'http://my.netscape.com/rdf/simple/0.9': NS.rss090,
  'http://www.w3.org/1999/02/22-rdf-syntax-ns': NS.rdf,
  'http://www.w3.org/2005/atom': NS.atom,
  'http://purl.org/atom/ns': NS.atom03,
  'http://purl.org/dc/elements/1.1': NS.dc,
  'http://purl.org/dc/elements/1.0': NS.dc,
  'http://purl.org/dc/terms': NS.dcterms,
  'http://purl.org/rss/1.0/modules/content': NS.content,
  'http://search.yahoo.com/mrss': NS.media,
  'http://www.itunes.com/dtds/podcast-1.0.dtd': NS.itunes,
  'http://www.w3.org/1999/xhtml': NS.xhtml,
  'http://rssnamespace.org/feedburner/ext/1.0': NS.feedburner,
  'http://purl.org/rss/1.0/modules/syndication': NS.sy,
  'http://www.w3.org/xml/1998/namespace': NS.xml,
};

/** The prefixes feeds commonly use without declaring them, and what they always mean. */
const CONVENTIONAL_PREFIXES: Record<string, string> = {
  dc: NS.dc,
  dcterms: NS.dcterms,
  content: NS.content,
  media: NS.media,
  itunes: NS.itunes,
  atom: NS.atom,
  rdf: NS.rdf,
  xhtml: NS.xhtml,
  feedburner: NS.feedburner,
  sy: NS.sy,
  xml: NS.xml,
};

function normalizeUri(uri: string): string {
  return uri.trim().toLowerCase().replace(/^https:/, 'http:').replace(/[/#]+$/, '');
}

/** The key of a namespace URI (`dc`, `atom`, …), or the URI itself when it is not one we read. */
export function namespaceKey(uri: string): string {
  if (uri.trim() === '') return NS.none;
  const normalized = normalizeUri(uri);
  // Userland and Harvard published RSS 2.x under several version-numbered URIs.
  if (/^http:\/\/(backend\.userland\.com\/rss|blogs\.law\.harvard\.edu\/tech\/rss)/.test(normalized)) return NS.rss;
  return KNOWN_URIS[normalized] ?? uri.trim();
}

/** The namespace an undeclared prefix conventionally stands for, or null when there is no convention. */
export function conventionalNamespace(prefix: string): string | null {
  return CONVENTIONAL_PREFIXES[prefix.toLowerCase()] ?? null;
}
