import { z } from 'zod';
import { SEARCH_MAX_CHARS } from '../../domain/search-query.ts';
import { ArticleCardSchema } from '../articles/schema.ts';
import { limitParam } from '../shared/params.ts';
import { named } from '../shared/registry.ts';

/** Highest page number accepted. */
export const MAX_SEARCH_PAGE = 1000;

/** The query of the search. */
export const SearchQueryParams = z.strictObject({
  q: z
    .string()
    .max(SEARCH_MAX_CHARS, `must be at most ${SEARCH_MAX_CHARS} characters`)
    .optional()
    .meta({
      description:
        'The search: words (all must occur; German and English word forms, ae/oe/ue/ss spellings and parts of German compounds are found too), "phrases" in double quotes, -word to exclude, OR between alternatives, and the filters quelle:/source: (slug or name), rubrik:/category:, von:/from: and bis:/until: (YYYY-MM-DD, DD.MM.YYYY or a year; both days included, UTC), sprache:/lang: (de, en). Filters alone list the matching articles newest first; no query finds nothing.',
    }),
  page: z
    .string()
    .regex(/^[1-9][0-9]{0,3}$/, 'must be a whole number from 1')
    .transform(Number)
    .pipe(z.number().int().max(MAX_SEARCH_PAGE, `must be at most ${MAX_SEARCH_PAGE}`))
    .optional()
    .meta({ description: 'Page of results, from 1; 1 when not given.' }),
  limit: limitParam,
  order: z.enum(['relevance', 'newest']).optional().meta({ description: 'relevance (default): best match first, newer articles ahead of older ones of equal match; newest: by time only.' }),
});

/** One search result. */
export const SearchHitSchema = named(
  'SearchHit',
  'A found article with its title and a passage of its text, the matching words marked.',
  z.object({
    article: ArticleCardSchema,
    titleHtml: z.string().meta({ description: 'The title as HTML: text escaped, the matching words in <mark>; no other markup.' }),
    snippetHtml: z.string().meta({ description: 'A passage of the lead and (where the display policy shows it) the text, as HTML like titleHtml; may be empty.' }),
  }),
);

/** A page of search results. */
export const SearchResultsSchema = named(
  'SearchResults',
  'One page of search results. Ranking, counting and paging consider the newest 1,000 matches.',
  z.object({
    query: z.string().meta({ description: 'The search as read (whitespace collapsed).' }),
    total: z.number().int().nonnegative().meta({ description: 'Matches found, at most 1,000.' }),
    capped: z.boolean().meta({ description: 'True when there may be more matches than counted.' }),
    page: z.number().int().positive(),
    pageCount: z.number().int().positive(),
    items: z.array(SearchHitSchema),
    next: z.string().nullable().meta({ description: 'Path and query of the next page; null on the last page.' }),
  }),
);

/** One search result as JSON. */
export type SearchHitJson = z.infer<typeof SearchHitSchema>;
