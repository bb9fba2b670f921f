import type { ExtractedArticle } from '../../domain/article.ts';
import type { HttpClient } from '../../ingest/fetch/index.ts';
import type { SiteRule } from '../../ingest/extract/site-rules/index.ts';
import { describeError } from '../../platform/errors.ts';
import { extractFromBytes } from '../extract-file.ts';
import { timeStage, timeStageSync } from './stage-times.ts';

/** The outcome of fetching and extracting one article page: the article, or why there is none. */
export type PageOutcome = { article: ExtractedArticle; error: null } | { article: null; error: string };

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

/** Fetches an article page and extracts it (with `siteRules` instead of the shipped ones when given); every failure becomes a message, never a throw. */
export async function fetchAndExtract(http: HttpClient, url: string, options: { siteRules?: readonly SiteRule[] } = {}): Promise<PageOutcome> {
  try {
    const response = await timeStage('page_fetch', () => http.fetch(url, { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' }));
    if (response.status < 200 || response.status > 299) {
      return { article: null, error: `the article page answered HTTP ${response.status}` };
    }
    if (response.contentType && !HTML_TYPES.test(response.contentType)) {
      return { article: null, error: `the article page is ${response.contentType.split(';')[0]}, not HTML` };
    }
    const article = timeStageSync('extract', () => extractFromBytes(response.body, { url: response.url, contentType: response.contentType, ...options }));
    return { article, error: null };
  } catch (error) {
    return { article: null, error: describeError(error) };
  }
}
