// The texts of the story and entity pages and blocks, in both interface languages: a catalog of its
// own beside the site's, so that the two can grow without touching each other.
import type { Language } from './messages.ts';

/** The shape of the intelligence catalog; both languages are declared with it, so keys cannot drift. */
export interface IntelMessages {
  /** Kicker of a story page. */
  storyLabel: string;
  /** Under a story's title: `{articles}` articles from `{sources}` sources. */
  storySummary: string;
  /** A story's time span: `{first}` to `{last}`. */
  storySpan: string;
  storyClosed: string;
  timelineHeading: string;
  sourcesHeading: string;
  quotesHeading: string;
  entitiesHeading: string;
  /** Before the list of the other publishers of a wire text. */
  alsoPublishedBy: string;
  /** Home block of top stories. */
  storiesHeading: string;
  storiesNote: string;
  /** One story in a list: `{articles}` articles, `{sources}` sources. */
  storyCounts: string;
  trendingHeading: string;
  trendingNote: string;
  /** An entity in the trending list: named in `{articles}` articles. */
  trendingCount: string;
  trendingTitle: string;
  trendingIntro: string;
  trendingEmpty: string;
  person: string;
  organization: string;
  place: string;
  entityStoriesHeading: string;
  entityQuotesHeading: string;
  entityNoStories: string;
  entityNoQuotes: string;
  /** Who said it, with the article: `{speaker}` in `{article}` (`{source}`). */
  quoteSaid: string;
  quoteIndirect: string;
  /** Link from an article to its story: `{articles}` articles from `{sources}` sources. */
  articleStoryLink: string;
  articleStoryLabel: string;
  articleEntitiesLabel: string;
}

const de: IntelMessages = {
  storyLabel: 'Geschichte',
  storySummary: '{articles} Artikel aus {sources} Quellen',
  storySpan: '{first} bis {last}',
  storyClosed: 'Abgeschlossen: seit einigen Tagen keine neuen Artikel.',
  timelineHeading: 'Verlauf',
  sourcesHeading: 'Quellen',
  quotesHeading: 'Wer was gesagt hat',
  entitiesHeading: 'Personen, Organisationen und Orte',
  alsoPublishedBy: 'Gleicher Text auch bei:',
  storiesHeading: 'Geschichten',
  storiesNote: 'Worüber mehrere Quellen berichten',
  storyCounts: '{articles} Artikel, {sources} Quellen',
  trendingHeading: 'Im Gespräch',
  trendingNote: 'Die meistgenannten Namen der letzten zwei Tage',
  trendingCount: 'in {articles} Artikeln',
  trendingTitle: 'Im Gespräch',
  trendingIntro: 'Personen, Organisationen und Orte, die in den Artikeln der letzten zwei Tage am häufigsten genannt werden.',
  trendingEmpty: 'In den letzten zwei Tagen wurde noch kein Name in mehreren Artikeln genannt.',
  person: 'Person',
  organization: 'Organisation',
  place: 'Ort',
  entityStoriesHeading: 'Geschichten',
  entityQuotesHeading: 'Zitate',
  entityNoStories: 'Noch keine Geschichten.',
  entityNoQuotes: 'Noch keine Zitate.',
  quoteSaid: '{speaker} in „{article}“ ({source})',
  quoteIndirect: 'sinngemäß',
  articleStoryLink: 'Die ganze Geschichte: {articles} Artikel aus {sources} Quellen',
  articleStoryLabel: 'Geschichte',
  articleEntitiesLabel: 'Genannt',
};

const en: IntelMessages = {
  storyLabel: 'Story',
  storySummary: '{articles} articles from {sources} sources',
  storySpan: '{first} to {last}',
  storyClosed: 'Closed: no new articles for some days.',
  timelineHeading: 'Timeline',
  sourcesHeading: 'Sources',
  quotesHeading: 'Who said what',
  entitiesHeading: 'People, organisations and places',
  alsoPublishedBy: 'Same text also published by:',
  storiesHeading: 'Stories',
  storiesNote: 'What several sources report on',
  storyCounts: '{articles} articles, {sources} sources',
  trendingHeading: 'In the news',
  trendingNote: 'The names mentioned most in the last two days',
  trendingCount: 'in {articles} articles',
  trendingTitle: 'In the news',
  trendingIntro: 'People, organisations and places mentioned most often in the articles of the last two days.',
  trendingEmpty: 'No name has been mentioned in several articles in the last two days yet.',
  person: 'Person',
  organization: 'Organisation',
  place: 'Place',
  entityStoriesHeading: 'Stories',
  entityQuotesHeading: 'Quotes',
  entityNoStories: 'No stories yet.',
  entityNoQuotes: 'No quotes yet.',
  quoteSaid: '{speaker} in “{article}” ({source})',
  quoteIndirect: 'reported speech',
  articleStoryLink: 'The whole story: {articles} articles from {sources} sources',
  articleStoryLabel: 'Story',
  articleEntitiesLabel: 'Mentioned',
};

/** Both catalogs, for the test that keeps their keys and placeholders in step. */
export const intelCatalogs: Record<Language, IntelMessages> = { de, en };

/** The intelligence texts of an interface language. */
export function intelMessagesFor(language: Language): IntelMessages {
  return intelCatalogs[language];
}
