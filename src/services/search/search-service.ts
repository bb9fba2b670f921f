import type { Kysely } from 'kysely';
import type { ArticleCard, DisplayPolicy } from '../../domain/read-models.ts';
import { readSearch, type SearchProblem, type SearchQuery } from '../../domain/search-query.ts';
import { AppError } from '../../platform/errors.ts';
import {
  highlightTerms, matchPlan, resolveSearchFilters, searchCandidates, searchCards, searchTexts, SEARCH_CANDIDATES, type Database,
} from '../../store/index.ts';
import { rankCandidates, type SearchOrder } from './rank.ts';
import { highlight, snippet, type TextPart } from './snippet.ts';

/** Results per page when the caller does not say. */
export const SEARCH_PAGE_SIZE = 20;
/** Most results one page may hold. */
export const SEARCH_MAX_PAGE_SIZE = 100;

/** A search as asked by the site, the API, a feed or the command line. */
export interface SearchRequest {
  text: string | null | undefined;
  /** 1-based page; pages past the last are empty. */
  page?: number;
  pageSize?: number;
  order?: SearchOrder;
}

/** One found article: its card, its title and a passage with the matches marked. */
export interface SearchHit {
  card: ArticleCard;
  displayPolicy: DisplayPolicy;
  title: TextPart[];
  snippet: TextPart[];
}

/** What a search gave: nothing asked, a query that is not one (with the reason), or a page of results. */
export type SearchOutcome =
  | { kind: 'empty' }
  | { kind: 'invalid'; text: string; problem: SearchProblem }
  | {
      kind: 'results';
      query: SearchQuery;
      hits: SearchHit[];
      /** Matches found, at most SEARCH_CANDIDATES; `capped` when there may be more. */
      total: number;
      capped: boolean;
      page: number;
      pageCount: number;
    };

/** The one search use case behind the search page, the API, the search feeds and `presseschau search`. */
export interface SearchService {
  search(request: SearchRequest): Promise<SearchOutcome>;
}

/** A search service over the database; `now` is the clock recency is measured against. */
export function createSearchService(db: Kysely<Database>, now: () => Date): SearchService {
  return {
    async search(request) {
      const pageSize = request.pageSize ?? SEARCH_PAGE_SIZE;
      const page = request.page ?? 1;
      if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > SEARCH_MAX_PAGE_SIZE) {
        throw new AppError('services', 'bad_page_size', `a search page holds 1 to ${SEARCH_MAX_PAGE_SIZE} results, not ${pageSize}`);
      }
      if (!Number.isInteger(page) || page < 1) throw new AppError('services', 'bad_page', `pages are counted from 1, not ${page}`);
      const read = readSearch(request.text);
      if (read.kind !== 'query') return read;
      const filters = await resolveSearchFilters(db, read.query.filters);
      if ('code' in filters) return { kind: 'invalid', text: read.query.text, problem: filters };
      const plan = matchPlan(read.query);
      // Words that are all punctuation leave nothing to look for; with no filter either, nothing is found.
      const candidates = plan.groups.length === 0 && read.query.groups.length > 0 ? [] : await searchCandidates(db, plan, filters);
      const ranked = rankCandidates(candidates, request.order ?? 'relevance', now());
      const pageIds = ranked.slice((page - 1) * pageSize, page * pageSize).map((c) => c.id);
      const [cards, texts] = await Promise.all([searchCards(db, pageIds), searchTexts(db, pageIds)]);
      const terms = highlightTerms(plan);
      const hits = cards.map((card): SearchHit => {
        const t = texts.get(card.id);
        const language = t?.language ?? card.language;
        const passage = [t?.lead, t?.body].filter((x): x is string => !!x).join('\n\n');
        return {
          card,
          displayPolicy: t?.displayPolicy ?? 'headline',
          title: highlight(card.title, language, terms),
          snippet: snippet(passage, language, terms),
        };
      });
      return {
        kind: 'results',
        query: read.query,
        hits,
        total: candidates.length,
        capped: candidates.length >= SEARCH_CANDIDATES,
        page,
        pageCount: Math.max(1, Math.ceil(candidates.length / pageSize)),
      };
    },
  };
}
