import type { Messages } from './messages.ts';

/** German interface texts. */
export const de: Messages = {
  locale: 'de-DE',
  skipLink: 'Zum Inhalt springen',
  navLabel: 'Rubriken',
  switchLanguage: 'English',
  switchLanguageHint: 'Switch the site to English',
  latestHeading: 'Neueste Artikel',
  olderArticles: 'Ältere Artikel',
  newestArticles: 'Zu den neuesten Artikeln',
  paginationLabel: 'Weitere Artikel',
  emptyList: 'Hier gibt es noch keine Artikel.',
  readMoreDefault: 'Gesamten Artikel lesen',
  foundAt: 'entdeckt {time}',
  updatedAt: 'aktualisiert {time}',
  byline: 'Von {name}',
  sourceLabel: 'Quelle',
  categoryLabel: 'Rubrik',
  sourceWebsite: 'Website von {name}',
  excerptNotice: 'Dies ist ein Auszug. Den vollständigen Text veröffentlicht {source}.',
  headlineNotice: 'Den Text dieses Artikels veröffentlicht {source}.',
  notFoundTitle: 'Seite nicht gefunden',
  notFoundText: 'Diese Seite gibt es nicht oder nicht mehr. Vielleicht finden Sie auf der Startseite, was Sie suchen.',
  serverErrorTitle: 'Da ist etwas schiefgegangen',
  serverErrorText: 'Die Seite konnte gerade nicht angezeigt werden. Bitte versuchen Sie es in einigen Minuten noch einmal.',
  backHome: 'Zur Startseite',
};
