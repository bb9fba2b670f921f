// Reading stories for the site: one story with its timeline, the top stories, an article's story.
import type { EntityCount, EntityKind, QuoteView, StoryArticle, StorySummary } from '../domain/intel.ts';
import type { SourceRef } from '../domain/read-models.ts';
import { cardQuery, presentCard } from './article-cards.ts';
import { PUBLISHED } from './article-visibility.ts';
import type { DbOrTx } from './types.ts';

const STORY_COLUMNS = ['s.id', 's.title', 's.first_article_at', 's.last_article_at', 's.article_count', 's.source_count', 's.closed_at'] as const;

type StoryRow = { id: number; title: string; first_article_at: string; last_article_at: string; article_count: number; source_count: number; closed_at: string | null };

function toSummary(r: StoryRow): StorySummary {
  return {
    id: r.id,
    title: r.title,
    firstArticleAt: r.first_article_at,
    lastArticleAt: r.last_article_at,
    articleCount: Number(r.article_count),
    sourceCount: Number(r.source_count),
    closedAt: r.closed_at,
  };
}

/** A story by id, and the story it was merged into (null when it stands on its own); null when unknown. */
export async function getStory(db: DbOrTx, id: number): Promise<{ story: StorySummary; mergedIntoId: number | null } | null> {
  const row = await db.selectFrom('stories as s').select([...STORY_COLUMNS, 's.merged_into_id']).where('s.id', '=', id).executeTakeFirst();
  return row ? { story: toSummary(row), mergedIntoId: row.merged_into_id } : null;
}

/**
 * The articles of a story in order of time. A wire copy whose original is in the story is not listed
 * again: its source is named under the original ("also published by").
 */
export async function listStoryArticles(db: DbOrTx, storyId: number): Promise<StoryArticle[]> {
  const rows = await cardQuery(db)
    .innerJoin('story_articles as sa', 'sa.article_id', 'a.id')
    .select('sa.duplicate_of_id')
    .where('sa.story_id', '=', storyId)
    .orderBy('a.sort_at')
    .orderBy('a.id')
    .execute();
  const listed = new Map<number, StoryArticle>();
  const copies: typeof rows = [];
  for (const row of rows) {
    if (row.duplicate_of_id !== null && rows.some((r) => r.id === row.duplicate_of_id)) copies.push(row);
    else listed.set(row.id, { card: presentCard(row), alsoPublishedBy: [] });
  }
  for (const copy of copies) {
    const original = listed.get(copy.duplicate_of_id!)!;
    const source = presentCard(copy).source;
    if (source.id !== original.card.source.id && !original.alsoPublishedBy.some((s) => s.id === source.id)) original.alsoPublishedBy.push(source);
  }
  return [...listed.values()];
}

/** The sources that published in a story, by name. */
export async function listStorySources(db: DbOrTx, storyId: number): Promise<SourceRef[]> {
  return db
    .selectFrom('story_articles as sa')
    .innerJoin('articles as a', 'a.id', 'sa.article_id')
    .innerJoin('sources as so', 'so.id', 'a.source_id')
    .select(['so.id', 'so.slug', 'so.name', 'so.site_url as siteUrl'])
    .distinct()
    .where('sa.story_id', '=', storyId)
    .where('a.review_state', '=', PUBLISHED)
    .where('a.hidden', '=', 0)
    .orderBy('so.name')
    .execute();
}

/** The entities the articles of a story name, the most widely named first, at most `limit`. */
export async function listStoryEntities(db: DbOrTx, storyId: number, limit: number): Promise<EntityCount[]> {
  const rows = await db
    .selectFrom('story_articles as sa')
    .innerJoin('article_entities as ae', 'ae.article_id', 'sa.article_id')
    .innerJoin('entities as e', 'e.id', 'ae.entity_id')
    .select(['e.id', 'e.slug', 'e.name', 'e.type'])
    .select((eb) => eb.fn.countAll<number>().as('articles'))
    .where('sa.story_id', '=', storyId)
    .groupBy(['e.id', 'e.slug', 'e.name', 'e.type'])
    .orderBy('articles', 'desc')
    .orderBy('e.name')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, type: r.type as EntityKind, articles: Number(r.articles) }));
}

/** Quotes joined with their speaker and article, selecting what a quote shows. */
function quoteQuery(db: DbOrTx) {
  return db
    .selectFrom('quotes as q')
    .innerJoin('articles as a', 'a.id', 'q.article_id')
    .innerJoin('sources as so', 'so.id', 'a.source_id')
    .leftJoin('entities as e', 'e.id', 'q.speaker_entity_id')
    .select([
      'q.id', 'q.text', 'q.kind', 'q.speaker_text', 'q.cue',
      'e.id as speaker_id', 'e.slug as speaker_slug', 'e.name as speaker_name', 'e.type as speaker_type',
      'a.id as article_id', 'a.slug as article_slug', 'a.title as article_title', 'a.published_at', 'a.first_seen_at', 'a.sort_at',
      'so.id as source_id', 'so.slug as source_slug', 'so.name as source_name', 'so.site_url as source_site_url',
    ])
    // Quotes of hidden or unpublished articles are not public either (see publicArticles).
    .where('a.review_state', '=', PUBLISHED)
    .where('a.hidden', '=', 0);
}

type QuoteRow = Awaited<ReturnType<ReturnType<typeof quoteQuery>['executeTakeFirstOrThrow']>>;

function toQuote(r: QuoteRow): QuoteView {
  return {
    id: r.id,
    text: r.text,
    kind: r.kind === 'indirect' ? 'indirect' : 'direct',
    speaker:
      r.speaker_id !== null && r.speaker_slug !== null && r.speaker_name !== null
        ? { id: r.speaker_id, slug: r.speaker_slug, name: r.speaker_name, type: r.speaker_type as EntityKind }
        : null,
    speakerText: r.speaker_text,
    cue: r.cue,
    article: {
      id: r.article_id,
      slug: r.article_slug,
      title: r.article_title,
      publishedAt: r.published_at,
      firstSeenAt: r.first_seen_at,
      source: { id: r.source_id, slug: r.source_slug, name: r.source_name, siteUrl: r.source_site_url },
    },
  };
}

// Wire copies repeat the same quotations: the same words by the same speaker are shown once, first found first.
function distinctQuotes(rows: QuoteRow[], limit: number): QuoteView[] {
  const seen = new Set<string>();
  const out: QuoteView[] = [];
  for (const r of rows) {
    const key = `${r.speaker_id ?? r.speaker_text ?? ''}\u0000${r.text.replace(/\s+/g, ' ').trim().toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(toQuote(r));
    if (out.length === limit) break;
  }
  return out;
}

/** The quotations of a story's articles with a named speaker, in order of time, each once, at most `limit`. */
export async function listStoryQuotes(db: DbOrTx, storyId: number, limit: number): Promise<QuoteView[]> {
  const rows = await quoteQuery(db)
    .innerJoin('story_articles as sa', 'sa.article_id', 'q.article_id')
    .where('sa.story_id', '=', storyId)
    .where((eb) => eb.or([eb('q.speaker_entity_id', 'is not', null), eb('q.speaker_text', 'is not', null)]))
    .orderBy('a.sort_at')
    .orderBy('q.article_id')
    .orderBy('q.position')
    .limit(limit * 4)
    .execute();
  return distinctQuotes(rows, limit);
}

/** The quotations of one speaker, newest first, each once, at most `limit`. */
export async function listEntityQuotes(db: DbOrTx, entityId: number, limit: number): Promise<QuoteView[]> {
  const rows = await quoteQuery(db)
    .where('q.speaker_entity_id', '=', entityId)
    .orderBy('a.sort_at', 'desc')
    .orderBy('q.article_id', 'desc')
    .orderBy('q.position')
    .limit(limit * 4)
    .execute();
  return distinctQuotes(rows, limit);
}

/**
 * The stories of the moment: those with an article since `since` (ISO) from at least `minSources`
 * sources, the most widely reported first, then the newest; at most `limit`.
 */
export async function listTopStories(db: DbOrTx, since: string, minSources: number, limit: number): Promise<StorySummary[]> {
  const rows = await db
    .selectFrom('stories as s')
    .select(STORY_COLUMNS)
    .where('s.merged_into_id', 'is', null)
    .where('s.last_article_at', '>=', since)
    .where('s.source_count', '>=', minSources)
    .orderBy('s.source_count', 'desc')
    .orderBy('s.article_count', 'desc')
    .orderBy('s.last_article_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toSummary);
}

/** The stories whose articles name an entity, newest first, at most `limit`. */
export async function listEntityStories(db: DbOrTx, entityId: number, limit: number): Promise<StorySummary[]> {
  const rows = await db
    .selectFrom('stories as s')
    .select(STORY_COLUMNS)
    .where('s.merged_into_id', 'is', null)
    .where('s.id', 'in', (eb) =>
      eb
        .selectFrom('article_entities as ae')
        .innerJoin('story_articles as sa', 'sa.article_id', 'ae.article_id')
        .select('sa.story_id')
        .where('ae.entity_id', '=', entityId),
    )
    .orderBy('s.last_article_at', 'desc')
    .orderBy('s.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toSummary);
}

/** The story of an article and the other sources that published the same wire text; null story before analysis. */
export async function getArticleStory(db: DbOrTx, articleId: number): Promise<{ story: StorySummary | null; alsoPublishedBy: SourceRef[] }> {
  const own = await db
    .selectFrom('story_articles as sa')
    .innerJoin('stories as s', 's.id', 'sa.story_id')
    .innerJoin('articles as a', 'a.id', 'sa.article_id')
    .select([...STORY_COLUMNS, 'sa.duplicate_of_id', 'a.source_id'])
    .where('sa.article_id', '=', articleId)
    .executeTakeFirst();
  if (!own) return { story: null, alsoPublishedBy: [] };
  const original = own.duplicate_of_id ?? articleId;
  const sources = await db
    .selectFrom('articles as a')
    .innerJoin('sources as so', 'so.id', 'a.source_id')
    .select(['so.id', 'so.slug', 'so.name', 'so.site_url as siteUrl'])
    .distinct()
    // Both sides by id (the original, and its copies through the duplicate_of_id index): an OR across
    // a join to story_articles read every analysed article (4–5 s an article page at 1,000,000).
    .where((eb) =>
      eb.or([
        eb('a.id', '=', original),
        eb('a.id', 'in', eb.selectFrom('story_articles as sa').select('sa.article_id').where('sa.duplicate_of_id', '=', original)),
      ]),
    )
    .where('a.source_id', '<>', own.source_id)
    .where('a.review_state', '=', PUBLISHED)
    .where('a.hidden', '=', 0)
    .orderBy('so.name')
    .execute();
  return { story: toSummary(own), alsoPublishedBy: sources };
}
