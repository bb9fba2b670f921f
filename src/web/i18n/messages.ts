/** The interface languages of the site. */
export type Language = 'de' | 'en';

/** Every language the site offers, in the order of the switch. */
export const LANGUAGES: readonly Language[] = ['de', 'en'];

/**
 * The shape of a message catalog. Both catalogs are declared with this type, so a missing or extra
 * key fails the type check. `{name}` marks a placeholder filled by `fill` or `fillParts`.
 */
export interface Messages {
  /** BCP 47 locale for Intl formatting (dates, relative times). */
  locale: string;
  skipLink: string;
  navLabel: string;
  switchLanguage: string;
  switchLanguageHint: string;
  latestHeading: string;
  olderArticles: string;
  newestArticles: string;
  paginationLabel: string;
  emptyList: string;
  readMoreDefault: string;
  foundAt: string;
  updatedAt: string;
  byline: string;
  sourceLabel: string;
  categoryLabel: string;
  /** Label of the list of categories inside a category. */
  subcategoriesLabel: string;
  sourceWebsite: string;
  excerptNotice: string;
  headlineNotice: string;
  notFoundTitle: string;
  notFoundText: string;
  badRequestTitle: string;
  badRequestText: string;
  serverErrorTitle: string;
  serverErrorText: string;
  backHome: string;
  /** Kicker of a tag page. */
  tagLabel: string;
  /** Label of the list of an article's tags. */
  tagsLabel: string;
  searchTitle: string;
  /** Label of the search field. */
  searchLabel: string;
  searchButton: string;
  searchHint: string;
  /** Heading over the results; `{query}` is the search text. */
  searchResultsFor: string;
  searchNoResults: string;
  /** `{max}` is the longest query in characters. */
  searchTooLong: string;
  /** Results found; `{count}` is their number. */
  searchTotal: string;
  /** When the search stopped counting; `{count}` is the limit. */
  searchTotalCapped: string;
  /** `{page}` of `{pages}`. */
  searchPageOf: string;
  /** Link to the previous page of results. */
  searchPrevious: string;
  /** Link to the next page of results. */
  searchNext: string;
  /** Link to the search as a feed. */
  searchFeed: string;
  /** How to write a query. */
  searchSyntax: string;
  /** `{max}` words at most. */
  searchProblemTooManyTerms: string;
  /** Unbalanced quotation marks. */
  searchProblemQuote: string;
  /** Empty phrase. */
  searchProblemEmptyPhrase: string;
  /** Misplaced OR. */
  searchProblemOr: string;
  /** Only excluded words. */
  searchProblemOnlyExclusions: string;
  /** `{filter}` is the filter's name. */
  searchProblemEmptyFilter: string;
  /** `{value}` is the date given to the filter `{filter}`. */
  searchProblemDate: string;
  /** From after until. */
  searchProblemDatesReversed: string;
  /** `{value}` is what was given as language. */
  searchProblemLanguage: string;
  /** `{value}` is the unknown source. */
  searchProblemSource: string;
  /** `{value}` is the unknown category. */
  searchProblemCategory: string;
  archiveTitle: string;
  archiveIntro: string;
  /** Kicker over an archive period's heading. */
  archiveLabel: string;
  /** Label of a year's month links; `{period}` is the year. */
  archiveMonthsOf: string;
  /** Label of a month's day links; `{period}` is the month. */
  archiveDaysOf: string;
  archiveEmpty: string;
  /** Label of the breadcrumb trail. */
  breadcrumbLabel: string;
  /** Kicker of a person's author page. */
  authorLabel: string;
  /** Kicker of a news agency's page. */
  agencyLabel: string;
  imprintTitle: string;
  privacyTitle: string;
  /** Shown until the admin gives the Impressum; paragraphs separated by blank lines. */
  imprintDefault: string;
  /** Shown until the admin gives the privacy notice; describes what the site itself does. */
  privacyDefault: string;
  /** Label of the footer's links (legal pages, archive, search). */
  footerNavLabel: string;
  /** Heading of the front page's block of the most read articles. */
  mostReadHeading: string;
  /** Heading of the articles editors pinned to the home page. */
  pinnedHeading: string;
  /** Says over which time the block counts. */
  mostReadPeriod: string;
  /** Heading of the related articles under an article. */
  relatedHeading: string;
  /** Starts the line under a list's card naming the other publishers of the same wire text ("Auch bei: A, B"). */
  alsoPublishedByShort: string;
  /** Ends that line when more publishers than it names have the text; `{count}` is how many more. */
  alsoPublishedMore: string;
}
