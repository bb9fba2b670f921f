import { all } from '../dom.ts';
/** A JSON-LD node: a plain object as found in the page. */
export type JsonLdNode = Record<string, unknown>;

const ARTICLE_TYPE = /(?:Article|BlogPosting|^Report)$/;

function isObject(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `@type` values of a node (a string or a list in JSON-LD). */
export function typesOf(node: JsonLdNode): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
}

/** Replaces control characters (U+0000–U+001F) with spaces. */
function withoutControlCharacters(text: string): string {
  let out = '';
  for (const ch of text) out += ch.charCodeAt(0) < 0x20 ? ' ' : ch;
  return out;
}

// Raw line breaks inside strings are a common publisher error that JSON.parse refuses; outside strings
// a space is as good as a newline, so every control character becomes a space.
function parseLoosely(source: string): unknown {
  const cleaned = withoutControlCharacters(source)
    .replace(/^\s*(?:<!--|\/\/<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\]\]>|\]\]>)\s*$/, '');
  try {
    return JSON.parse(cleaned);
  } catch {
    return null;
  }
}

/** Every typed node in the page's JSON-LD blocks, nested ones included (`@graph`, `mainEntity`, `video`…). */
export function collectJsonLd(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 8) return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
      return;
    }
    if (!isObject(value)) return;
    if (typesOf(value).length > 0) nodes.push(value);
    for (const [key, v] of Object.entries(value)) if (key !== '@context') visit(v, depth + 1);
  };
  for (const script of all(doc, 'script[type="application/ld+json" i]')) {
    visit(parseLoosely(script.textContent ?? ''), 0);
  }
  return nodes;
}

/** The node describing the article itself (NewsArticle, Article, BlogPosting…), the fullest one first. */
export function findArticleNode(nodes: JsonLdNode[]): JsonLdNode | null {
  const articles = nodes.filter((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t)));
  articles.sort((a, b) => Number(Boolean(b.headline)) - Number(Boolean(a.headline)));
  return articles[0] ?? null;
}

/** A string value, or the `name`/`@value`/`url` of an object value, or the first of a list. */
export function textValue(value: unknown, key: 'name' | 'url' = 'name'): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const text = textValue(v, key);
      if (text) return text;
    }
    return null;
  }
  // A bare {"@id": "https://…"} is a usable URL but never a name.
  if (isObject(value)) return textValue(value[key] ?? value['@value'] ?? (key === 'url' ? value['@id'] : null), key);
  return null;
}

/** One declared author: a name, and whether it is typed as an organisation rather than a person. */
export interface DeclaredAuthor {
  name: string;
  organisation: boolean;
}

/** The authors (a string, a Person/Organization, or a list of them; `@id` references resolved). */
export function declaredAuthors(value: unknown, nodes: JsonLdNode[]): DeclaredAuthor[] {
  const list = Array.isArray(value) ? value : value == null ? [] : [value];
  const authors: DeclaredAuthor[] = [];
  for (const item of list) {
    let node = item;
    if (isObject(item) && !item.name && typeof item['@id'] === 'string') {
      node = nodes.find((n) => n['@id'] === item['@id'] && n.name) ?? item;
    }
    const name = typeof node === 'string' ? node.trim() : isObject(node) ? textValue(node.name) : null;
    const organisation = isObject(node) && typesOf(node).some((t) => /Organization|Corporation|NewsMediaOrganization/.test(t));
    // Some publishers put a profile URL where the name belongs.
    if (name && !/^https?:\/\//.test(name) && !authors.some((a) => a.name === name)) authors.push({ name, organisation });
  }
  return authors;
}

/** Names of the authors, see {@link declaredAuthors}. */
export function authorNames(value: unknown, nodes: JsonLdNode[]): string[] {
  return declaredAuthors(value, nodes).map((a) => a.name);
}

/**
 * Whether the page declares its article as paid content: schema.org `isAccessibleForFree` false (a
 * boolean or the string "False"/"false", as publishers write it for search engines' paywall markup).
 */
export function declaresPaidContent(article: JsonLdNode): boolean {
  const free = article.isAccessibleForFree;
  return free === false || (typeof free === 'string' && free.trim().toLowerCase() === 'false');
}
