// Filter values stored in the full-text index beside an article's words, so that the index itself
// answers "this word, from this source" instead of walking every match of the word and dropping
// those of other sources. Tokens only narrow a search: the exact conditions on the article stay in
// the query, so a token may match too much (never too little) without changing any result.
//
// The format is also written by migration 012 (backfill and the triggers that keep the tokens in
// step when an article's source, category or language changes); test/search/filter-terms.test.ts
// checks that both agree.

/** Article ids per id bucket: the index can be asked for the matches among the newest buckets first. */
export const ID_BUCKET_BITS = 12;

/** What an article's filter tokens are made of. */
export interface FilterValues {
  id: number;
  sourceId: number;
  categoryId: number | null;
  /** The article's language, or its source's when it has none. */
  language: string | null;
}

/** The primary subtag of a language tag, lower-cased ("en-GB" → "en"); what the `sprache:` filter compares. */
export function primaryLanguage(language: string): string {
  return language.toLowerCase().split('-')[0]!;
}

/** The token of a source id. */
export const sourceToken = (id: number): string => `s${id}`;
/** The token of a category id. */
export const categoryToken = (id: number): string => `c${id}`;
/** The token of a two-letter language code. */
export const languageToken = (code: string): string => `l${code}`;
/** The id bucket an article id falls in. */
export const idBucket = (id: number): number => id >> ID_BUCKET_BITS;
/** The token of an id bucket. */
export const bucketToken = (bucket: number): string => `b${bucket}`;

/** An article's filter tokens, space-separated: source, category, language and id bucket. */
export function filterTerms(v: FilterValues): string {
  const tokens = [sourceToken(v.sourceId)];
  if (v.categoryId !== null) tokens.push(categoryToken(v.categoryId));
  if (v.language !== null) tokens.push(languageToken(primaryLanguage(v.language)));
  tokens.push(bucketToken(idBucket(v.id)));
  return tokens.join(' ');
}

/** The filters a search asks for, as tokens: every inner list is "any of these", the lists are all required. */
export function filterTokenGroups(filters: { sourceIds: number[] | null; categoryIds: number[] | null; language: string | null }): string[][] {
  const groups: string[][] = [];
  if (filters.sourceIds) groups.push([...new Set(filters.sourceIds)].map(sourceToken));
  if (filters.categoryIds) groups.push([...new Set(filters.categoryIds)].map(categoryToken));
  if (filters.language) groups.push([languageToken(primaryLanguage(filters.language))]);
  return groups;
}
