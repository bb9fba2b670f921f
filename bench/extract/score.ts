// Scores each extractor's output against the ground truth: per page (for --dump and --worst) and per corpus.
import type { CorpusName, Page } from './corpora.ts';
import type { Extraction } from './extractors.ts';
import { authorMatches, sameDay, sameLang, sameText, sameTime, titleMatches } from './match.ts';
import {
  addCounts,
  harmonic,
  pagePrecision,
  pageRecall,
  sameTokens,
  shingleMatch,
  snippetCounts,
  snippetScores,
  tokenF1,
  zyteScores,
  type PageMatch,
  type SnippetCounts,
  type ZyteScores,
} from './metrics.ts';

/** Which of our texts is compared: the body alone, or the lead (dek) followed by the body. */
export type TextVariant = 'body' | 'lead+body';

/**
 * Our text as each corpus defines the article: Zyte's `articleBody` leaves the standfirst out, and
 * Readability's expected text is its content container, which never holds the description our lead
 * falls back to; trafilatura's snippets are taken from the whole main text, dek included.
 */
export const CORPUS_VARIANT: Record<CorpusName, TextVariant> = { zyte: 'body', trafilatura: 'lead+body', readability: 'body' };

/** The compared text of an extraction. */
export function comparedText(fields: Extraction | null, variant: TextVariant): string {
  if (!fields) return '';
  return variant === 'lead+body' && fields.lead ? `${fields.lead}\n\n${fields.body}` : fields.body;
}

/** Share correct: pages whose field matched, of the pages whose ground truth states the field. */
export interface Rate {
  correct: number;
  total: number;
}

/** One page scored for one extractor. */
export interface PageScore {
  f1: number;
  ms: number;
  error: string | null;
  match?: PageMatch;
  exact?: boolean;
  counts?: SnippetCounts;
  fields?: Record<string, boolean>;
}

/** Everything the report needs of one extractor. */
export interface Figures {
  zyte: ZyteScores | null;
  trafilatura: { all: ReturnType<typeof snippetScores>; german: ReturnType<typeof snippetScores>; pages: number; germanPages: number } | null;
  trafilaturaMeta: { title: Rate; author: Rate; date: Rate } | null;
  readability: { tokenF1: number; pages: number; title: Rate; byline: Rate; published: Rate; lang: Rate; siteName: Rate } | null;
  errors: number;
}

/** Scores one page; `expectedText` is the block-aware text of Readability's expected.html for that corpus. */
export function scorePage(page: Page, fields: Extraction | null, text: string, expectedText: string | null): Omit<PageScore, 'ms' | 'error'> {
  if (page.corpus === 'zyte') {
    const match = shingleMatch(page.truth.articleBody, text);
    return { f1: harmonic(pagePrecision(match), pageRecall(match)), match, exact: sameTokens(page.truth.articleBody, text) };
  }
  if (page.corpus === 'trafilatura') {
    const t = page.truth;
    const counts = snippetCounts(text, t.with, t.without);
    const checks: Record<string, boolean> = {};
    if (t.title) checks.title = titleMatches(t.title, fields?.title ?? null);
    if (t.author) checks.author = authorMatches(t.author, fields?.byline ?? null);
    if (t.date) checks.date = sameDay(t.date, fields?.published ?? null);
    return { f1: snippetScores(counts).f1, counts, fields: checks };
  }
  const t = page.truth;
  const checks: Record<string, boolean> = {};
  if (t.title) checks.title = sameText(t.title, fields?.title ?? null);
  if (t.byline) checks.byline = sameText(t.byline, fields?.byline ?? null);
  if (t.publishedTime) checks.published = sameTime(t.publishedTime, fields?.published ?? null);
  if (t.lang) checks.lang = sameLang(t.lang, fields?.lang ?? null);
  if (t.siteName) checks.siteName = sameText(t.siteName, fields?.siteName ?? null);
  return { f1: tokenF1(expectedText ?? '', text), fields: checks };
}

function rate(scores: PageScore[], field: string): Rate {
  const stated = scores.filter((s) => s.fields && field in s.fields);
  return { correct: stated.filter((s) => s.fields![field]).length, total: stated.length };
}

/** Corpus figures of one extractor from its scored pages (pages and scores in the same order). */
export function corpusFigures(pages: Page[], scores: PageScore[], germanIds: ReadonlySet<string>): Figures {
  const of = (corpus: Page['corpus']) => scores.filter((_, i) => pages[i]!.corpus === corpus);
  const zyte = of('zyte');
  const snippets = of('trafilatura');
  const german = scores.filter((_, i) => pages[i]!.corpus === 'trafilatura' && germanIds.has(pages[i]!.id));
  const readability = of('readability');
  return {
    zyte: zyte.length > 0 ? zyteScores(zyte.map((s) => ({ match: s.match!, exact: s.exact! }))) : null,
    trafilatura:
      snippets.length > 0
        ? {
            all: snippetScores(addCounts(snippets.map((s) => s.counts!))),
            german: snippetScores(addCounts(german.map((s) => s.counts!))),
            pages: snippets.length,
            germanPages: german.length,
          }
        : null,
    trafilaturaMeta: snippets.length > 0 ? { title: rate(snippets, 'title'), author: rate(snippets, 'author'), date: rate(snippets, 'date') } : null,
    readability:
      readability.length > 0
        ? {
            tokenF1: readability.reduce((sum, s) => sum + s.f1, 0) / readability.length,
            pages: readability.length,
            title: rate(readability, 'title'),
            byline: rate(readability, 'byline'),
            published: rate(readability, 'published'),
            lang: rate(readability, 'lang'),
            siteName: rate(readability, 'siteName'),
          }
        : null,
    errors: scores.filter((s) => s.error !== null).length,
  };
}
