// The search use case and the types its callers present.
export { createSearchService, SEARCH_PAGE_SIZE, SEARCH_MAX_PAGE_SIZE, type SearchService, type SearchRequest, type SearchOutcome, type SearchHit } from './search-service.ts';
export type { TextPart } from './snippet.ts';
export type { SearchOrder } from './rank.ts';
export { reindexSearch } from './reindex.ts';
