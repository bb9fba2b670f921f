// The read side of the news intelligence, for the site (and any later API): stories, entities, quotes.
import type { Kysely } from 'kysely';
import type { ArticleIntel, EntityCount, EntityRef, QuoteView, StoryDetail, StorySummary } from '../../domain/intel.ts';
import {
  getArticleStory, getEntityBySlug, getStory, listArticleEntities, listEntityQuotes, listEntityStories, listStoryArticles, listStoryEntities,
  listStoryQuotes, listStorySources, listTopStories, listTrendingEntities,
} from '../../store/index.ts';
import type { Database } from '../../store/schema.ts';

/** A story page's content, or where a merged story went. */
export type StoryLookup = { kind: 'story'; detail: StoryDetail } | { kind: 'merged'; intoId: number };

/** An entity page's content. */
export interface EntityDetail {
  entity: EntityRef;
  stories: StorySummary[];
  quotes: QuoteView[];
}

/** What the site reads of stories, entities and quotes. */
export interface IntelReader {
  /** A story with its timeline, sources, quotes and entities; a merged one names its successor; null when unknown. */
  story(id: number): Promise<StoryLookup | null>;
  /** The most widely reported stories with news since `since` (ISO), at most `limit`. */
  topStories(since: string, limit: number): Promise<StorySummary[]>;
  /** An entity with its stories and its quotations over time; null when unknown. */
  entity(slug: string): Promise<EntityDetail | null>;
  /** The entities named in the most articles since `since` (ISO), at most `limit`. */
  trendingEntities(since: string, limit: number): Promise<EntityCount[]>;
  /** An article's story, entities and the other publishers of its text. */
  article(id: number): Promise<ArticleIntel>;
}

const STORY_QUOTES = 12;
const STORY_ENTITIES = 16;
const ENTITY_STORIES = 20;
const ENTITY_QUOTES = 30;
const ARTICLE_ENTITIES = 12;
/** A top story was reported by at least two sources: one outlet's article alone is no story yet. */
const TOP_STORY_SOURCES = 2;
/** An entity trends when at least two articles name it. */
const TRENDING_ARTICLES = 2;

/** The intelligence read side over the database. */
export function createIntelReader(db: Kysely<Database>): IntelReader {
  return {
    async story(id) {
      const found = await getStory(db, id);
      if (!found) return null;
      if (found.mergedIntoId !== null) return { kind: 'merged', intoId: found.mergedIntoId };
      const [articles, sources, quotes, entities] = await Promise.all([
        listStoryArticles(db, id),
        listStorySources(db, id),
        listStoryQuotes(db, id, STORY_QUOTES),
        listStoryEntities(db, id, STORY_ENTITIES),
      ]);
      return { kind: 'story', detail: { story: found.story, articles, sources, quotes, entities } };
    },
    topStories: (since, limit) => listTopStories(db, since, TOP_STORY_SOURCES, limit),
    async entity(slug) {
      const entity = await getEntityBySlug(db, slug);
      if (!entity) return null;
      const [stories, quotes] = await Promise.all([listEntityStories(db, entity.id, ENTITY_STORIES), listEntityQuotes(db, entity.id, ENTITY_QUOTES)]);
      return { entity, stories, quotes };
    },
    trendingEntities: (since, limit) => listTrendingEntities(db, since, TRENDING_ARTICLES, limit),
    async article(id) {
      const [{ story, alsoPublishedBy }, entities] = await Promise.all([getArticleStory(db, id), listArticleEntities(db, id, ARTICLE_ENTITIES)]);
      return { story, entities, alsoPublishedBy };
    },
  };
}
