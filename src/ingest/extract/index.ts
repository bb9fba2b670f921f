export { extractArticle } from './extract-article.ts';
export type { ExtractOptions } from './extract-article.ts';
export { normalizeDate } from './metadata/dates.ts';
