// The page's own topics: JSON-LD `keywords`, the `news_keywords`/`keywords` meta tags and every
// `article:tag` (OpenGraph allows it several times). Raw names; tags are normalised in the domain.
import { decodeEntities } from './bylines.ts';
import type { JsonLdNode } from './json-ld.ts';
import { all } from '../dom.ts';

/** Most keywords read from one page: the domain keeps fewer, this only bounds the work on keyword dumps. */
const MAX_KEYWORDS = 40;

/** The keywords a page declares, declared order, JSON-LD first; each entry may still hold a comma list. */
export function pageKeywords(doc: Document, article: JsonLdNode): string[] {
  const found: string[] = [];
  const add = (value: unknown) => {
    if (typeof value === 'string') found.push(...decodeEntities(value).split(',').map((k) => k.trim()).filter(Boolean));
    else if (Array.isArray(value)) value.forEach(add);
  };
  add(article.keywords);
  for (const meta of all(doc, 'meta')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').trim().toLowerCase();
    if (key === 'article:tag' || key === 'news_keywords' || key === 'keywords') add(meta.getAttribute('content') ?? '');
  }
  return [...new Set(found)].slice(0, MAX_KEYWORDS);
}
