import { z } from 'zod';
import { cursorParam, instantParam, languageParam, limitParam, slugParam } from '../shared/params.ts';
import { named } from '../shared/registry.ts';
import { CategoryRefSchema, DisplayPolicySchema, httpUrlSchema, instant, SourceRefSchema } from '../shared/schemas.ts';

/** The query of the article list. */
export const ArticleListQuery = z.strictObject({
  source: slugParam('source'),
  category: slugParam('category (its subcategories included)'),
  lang: languageParam,
  since: instantParam(
    "Only articles listed at or after this instant. The list time is the publisher's publication time, but never later than when Presseschau first saw the article (firstSeenAt). A date means midnight UTC.",
  ),
  until: instantParam('Only articles listed before this instant (exclusive). A date means midnight UTC.'),
  limit: limitParam,
  cursor: cursorParam,
});

const cardShape = {
  id: z.number().int().positive(),
  slug: z.string(),
  title: z.string(),
  lead: z.string().nullable(),
  imageUrl: httpUrlSchema.nullable().meta({ description: 'Lead image; always null for sources with the `headline` policy.' }),
  publishedAt: instant.nullable().meta({ description: "The publisher's publication time; null when the publisher gave none." }),
  firstSeenAt: instant.meta({ description: 'When Presseschau first saw the article.' }),
  language: z.string().nullable().meta({ description: "The article's language tag, else its source's." }),
  source: SourceRefSchema,
  category: CategoryRefSchema.nullable(),
  displayPolicy: DisplayPolicySchema,
};

/** An article in a list. */
export const ArticleCardSchema = named('ArticleCard', 'An article in a list: enough for a teaser.', z.object(cardShape));

/** A page of the article list. */
export const ArticleListSchema = named(
  'ArticleList',
  'One page of articles, newest first. Follow `next` (or pass `nextCursor` as `cursor`) for the page after; both are null on the last page.',
  z.object({
    items: z.array(ArticleCardSchema),
    nextCursor: z.string().nullable(),
    next: z.string().nullable().meta({ description: 'Path and query of the next page, with the same filters.' }),
  }),
);

/** A video or audio block of an article. */
export const MediaSchema = named(
  'Media',
  'A video or audio of the article; it also appears in the body HTML as a figure at its place.',
  z.object({
    kind: z.enum(['video', 'audio']),
    title: z.string().nullable(),
    durationSeconds: z.number().nonnegative().nullable(),
    url: httpUrlSchema.nullable(),
    poster: httpUrlSchema.nullable(),
  }),
);

/** One whole article, as much of it as the source's display policy allows. */
export const ArticleSchema = named(
  'Article',
  "One article with as much of its text as its source's display policy allows (`full`: all; `excerpt`: the first paragraphs; `headline`: no body), and always the link to the original.",
  z.object({
    ...cardShape,
    url: httpUrlSchema.nullable().meta({ description: "The publisher's page: the link to the original (null only if the stored address is not http(s))." }),
    byline: z.string().nullable(),
    modifiedAt: instant.nullable().meta({ description: 'When the publisher last changed the article, if it says.' }),
    readMoreText: z.string().nullable().meta({ description: "The source's own text for the link to the original; null means the site's default." }),
    body: z
      .object({
        html: z.string().meta({ description: 'Sanitised HTML.' }),
        text: z.string().meta({ description: 'The same as plain text, blocks separated by blank lines.' }),
      })
      .nullable()
      .meta({ description: 'Null under the `headline` policy.' }),
    media: z.array(MediaSchema).meta({ description: 'Empty unless the policy is `full`.' }),
  }),
);

/** The JSON of an article in a list. */
export type ArticleCardJson = z.infer<typeof ArticleCardSchema>;
/** The JSON of one article. */
export type ArticleJson = z.infer<typeof ArticleSchema>;
