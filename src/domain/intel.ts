// Read models of the news intelligence: stories, entities and quotes as the site shows them.
import type { ArticleCard, SourceRef } from './read-models.ts';

/** The kinds of entity the analysis finds. */
export type EntityKind = 'person' | 'organization' | 'place';

/** A person, organisation or place, as linked from pages. */
export interface EntityRef {
  id: number;
  slug: string;
  name: string;
  type: EntityKind;
}

/** An entity with how many articles (of a story, or lately) name it. */
export interface EntityCount extends EntityRef {
  articles: number;
}

/** A story as listed: its title (the opening article's), its span of time and how much it holds. */
export interface StorySummary {
  id: number;
  title: string;
  firstArticleAt: string;
  lastArticleAt: string;
  articleCount: number;
  sourceCount: number;
  /** When it stopped receiving articles; null while open. */
  closedAt: string | null;
}

/** One article of a story's timeline, with the other publishers of the same wire text. */
export interface StoryArticle {
  card: ArticleCard;
  /** The sources that published a copy of this article's text (their copies are not listed again). */
  alsoPublishedBy: SourceRef[];
}

/** A quotation with its speaker and where it was found. */
export interface QuoteView {
  id: number;
  text: string;
  kind: 'direct' | 'indirect';
  speaker: EntityRef | null;
  /** The speaker as the text names it, when no entity stands for it. */
  speakerText: string | null;
  cue: string | null;
  article: { id: number; slug: string; title: string; source: SourceRef; publishedAt: string | null; firstSeenAt: string };
}

/** A whole story page: the story, its timeline, sources, quotes and entities. */
export interface StoryDetail {
  story: StorySummary;
  articles: StoryArticle[];
  sources: SourceRef[];
  quotes: QuoteView[];
  entities: EntityCount[];
}

/** What the article page shows of its analysis: its story, its entities and the copies of its text. */
export interface ArticleIntel {
  story: StorySummary | null;
  entities: EntityRef[];
  /** Other sources that published the same wire text. */
  alsoPublishedBy: SourceRef[];
}
