// Presenters of stories, entities and quotes: read models in, view models with links and texts out.
import type { EntityCount, EntityRef, QuoteView, StoryArticle, StorySummary } from '../../domain/intel.ts';
import type { SourceRef } from '../../domain/read-models.ts';
import type { Ui } from '../context.ts';
import { fill } from '../i18n/index.ts';
import type { IntelMessages } from '../i18n/intel.ts';
import { entityPath, storyPath } from '../intel-urls.ts';
import { articlePath, sourcePath } from '../urls.ts';
import { presentCard, type CardView, type LinkView } from './card.ts';
import { presentTime, type TimeView } from './time.ts';

/** A story in a list or at the head of its page. */
export interface StoryView {
  href: string;
  title: string;
  counts: string;
  summary: string;
  first: TimeView;
  last: TimeView;
  closed: boolean;
}

/** A link to an entity with its kind spelled out. */
export interface EntityLinkView extends LinkView {
  kind: string;
  /** "in 5 articles" in lists that count. */
  count: string | null;
}

/** A quotation ready for the view. */
export interface QuoteItemView {
  text: string;
  indirect: string | null;
  speaker: LinkView | null;
  speakerText: string | null;
  article: LinkView;
  source: string;
  time: TimeView | null;
}

/** One line of a story's timeline: the article's card and the other publishers of its text. */
export interface TimelineItemView {
  card: CardView;
  alsoPublishedBy: LinkView[];
}

function time(iso: string, ui: Ui): TimeView {
  // Stored times are ISO UTC strings written by us; presentTime gives null only for unreadable ones.
  return presentTime(iso, ui.now, ui.messages.locale, ui.timeZone) ?? { iso, relative: iso, exact: iso };
}

/** A story's title, counts and span. */
export function presentStory(story: StorySummary, ui: Ui, m: IntelMessages): StoryView {
  const values = { articles: String(story.articleCount), sources: String(story.sourceCount) };
  return {
    href: storyPath(story.id),
    title: story.title,
    counts: fill(m.storyCounts, values),
    summary: fill(m.storySummary, values),
    first: time(story.firstArticleAt, ui),
    last: time(story.lastArticleAt, ui),
    closed: story.closedAt !== null,
  };
}

/** A source as a link to its page. */
export function presentSourceLink(source: SourceRef): LinkView {
  return { href: sourcePath(source.slug), text: source.name };
}

/** An entity as a link, with its kind and, for counted lists, how many articles name it. */
export function presentEntityLink(entity: EntityRef | EntityCount, m: IntelMessages): EntityLinkView {
  return {
    href: entityPath(entity.slug),
    text: entity.name,
    kind: m[entity.type],
    count: 'articles' in entity ? fill(m.trendingCount, { articles: String(entity.articles) }) : null,
  };
}

/** A quotation with its speaker (linked when an entity stands for it) and its article. */
export function presentQuote(quote: QuoteView, ui: Ui, m: IntelMessages): QuoteItemView {
  return {
    text: quote.text,
    indirect: quote.kind === 'indirect' ? m.quoteIndirect : null,
    speaker: quote.speaker ? { href: entityPath(quote.speaker.slug), text: quote.speaker.name } : null,
    speakerText: quote.speaker ? null : quote.speakerText,
    article: { href: articlePath(quote.article.id, quote.article.slug), text: quote.article.title },
    source: quote.article.source.name,
    time: presentTime(quote.article.publishedAt ?? quote.article.firstSeenAt, ui.now, ui.messages.locale, ui.timeZone),
  };
}

/** One article of a story's timeline. */
export function presentTimelineItem(item: StoryArticle, ui: Ui): TimelineItemView {
  return { card: presentCard(item.card, ui), alsoPublishedBy: item.alsoPublishedBy.map(presentSourceLink) };
}

/** The link from an article to its story, naming how many articles and sources it has. */
export function presentStoryLink(story: StorySummary, m: IntelMessages): LinkView {
  return { href: storyPath(story.id), text: fill(m.articleStoryLink, { articles: String(story.articleCount), sources: String(story.sourceCount) }) };
}
