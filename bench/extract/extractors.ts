// The two extractors behind one signature. `run` is the timed part (the page as a string in, the
// extractor's own result out); `describe` turns that result into comparable fields, untimed.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../src/ingest/extract/index.ts';
import { htmlBlockText } from './text.ts';

/** What the benchmark compares of one extraction. Dates are the extractor's own string. */
export interface Extraction {
  title: string | null;
  byline: string | null;
  published: string | null;
  lang: string | null;
  siteName: string | null;
  /** The dek, when the extractor splits it from the body (Presseschau does, Readability does not). */
  lead: string | null;
  /** Body text, blocks separated by blank lines. */
  body: string;
}

/** One extractor: a timed run and an untimed description of its result. */
export interface Extractor {
  run(html: string, url: string): unknown;
  describe(result: unknown): Extraction;
}

type ReadabilityOutput = ReturnType<Readability['parse']>;

const presseschau: Extractor = {
  run: (html, url) => extractArticle(html, { url }),
  describe(result) {
    const a = result as ReturnType<typeof extractArticle>;
    return { title: a.title, byline: a.byline, published: a.published, lang: a.lang, siteName: a.siteName, lead: a.lead, body: a.text };
  },
};

const readability: Extractor = {
  // linkedom has no document URL, so Readability keeps links as written; that changes no text.
  run: (html) => new Readability(parseHTML(html).document as unknown as Document).parse(),
  describe(result) {
    const r = result as ReadabilityOutput;
    return {
      title: r?.title || null,
      byline: r?.byline || null,
      published: r?.publishedTime || null,
      lang: r?.lang || null,
      siteName: r?.siteName || null,
      lead: null,
      body: r?.content ? htmlBlockText(r.content) : '',
    };
  },
};

/** The extractors by name, Presseschau first. */
export const EXTRACTORS = { presseschau, readability } as const;
export type ExtractorName = keyof typeof EXTRACTORS;
export const EXTRACTOR_NAMES = Object.keys(EXTRACTORS) as ExtractorName[];
