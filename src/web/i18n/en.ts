import type { Messages } from './messages.ts';

/** English interface texts. */
export const en: Messages = {
  locale: 'en-GB',
  skipLink: 'Skip to main content',
  navLabel: 'Sections',
  switchLanguage: 'Deutsch',
  switchLanguageHint: 'Die Seite auf Deutsch anzeigen',
  latestHeading: 'Latest articles',
  olderArticles: 'Older articles',
  newestArticles: 'Back to the latest articles',
  paginationLabel: 'More articles',
  emptyList: 'There are no articles here yet.',
  readMoreDefault: 'Read the full article',
  foundAt: 'found {time}',
  updatedAt: 'updated {time}',
  byline: 'By {name}',
  sourceLabel: 'Source',
  categoryLabel: 'Section',
  sourceWebsite: 'Website of {name}',
  excerptNotice: 'This is an excerpt. The full text is published by {source}.',
  headlineNotice: 'The text of this article is published by {source}.',
  notFoundTitle: 'Page not found',
  notFoundText: 'This page does not exist or no longer exists. The front page may have what you are looking for.',
  serverErrorTitle: 'Something went wrong',
  serverErrorText: 'The page could not be shown just now. Please try again in a few minutes.',
  backHome: 'Go to the front page',
};
