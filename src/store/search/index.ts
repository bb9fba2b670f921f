// The store's full-text search: what the services import.
export { indexArticle, reindexArticles } from './index-article.ts';
export { matchPlan, highlightTerms, type MatchPlan } from './match.ts';
export { resolveSearchFilters, searchCandidates, searchCards, searchTexts, SEARCH_CANDIDATES, type ResolvedFilters, type SearchCandidate } from './search-articles.ts';
export { analyzerFor, termOf, compoundTerms, type Analyzer } from './analyze/analyze.ts';
export { wordsAt, type WordAt } from './analyze/tokens.ts';
