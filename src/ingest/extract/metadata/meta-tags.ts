import { all } from '../dom.ts';
/** The page's `<meta>` values keyed by lower-cased `property`, `name` or `itemprop`, each of a space-separated list (first one wins). */
export function readMetaTags(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const meta of all(doc, 'meta')) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      // RDFa allows several properties in one attribute ("dc:title og:title").
      for (const key of (meta.getAttribute(attr) ?? '').trim().toLowerCase().split(/\s+/)) {
        if (key && !map.has(key)) map.set(key, content);
      }
    }
  }
  return map;
}

/** The first of `keys` present in the meta map. */
export function firstMeta(meta: Map<string, string>, keys: string[]): string | null {
  for (const key of keys) {
    const value = meta.get(key);
    if (value) return value;
  }
  return null;
}
