// The three corpora of ../shared/bench (read-only): page lists with their ground truth, and the page
// bytes decoded as each corpus needs. Pages are read one at a time, when they are extracted.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeDocument } from '../../src/ingest/charset/index.ts';

/** Root of the shared benchmark data. */
export const BENCH_DATA = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'bench');

/** The corpora, in the order they are run and reported. */
export const CORPORA = ['zyte', 'trafilatura', 'readability'] as const;
export type CorpusName = (typeof CORPORA)[number];

/** What the trafilatura corpus states about one page. */
export interface SnippetTruth {
  with: string[];
  without: string[];
  title: string | null;
  author: string | null;
  /** Calendar day, YYYY-MM-DD. */
  date: string | null;
  /** Host of the page's URL, or the file name when the corpus gives no URL (for {@link isGermanPage}). */
  site: string;
}

/** What Readability's test case expects of one page. */
export interface ReadabilityTruth {
  expectedHtmlPath: string;
  title: string | null;
  byline: string | null;
  lang: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

/** One page of a corpus with its ground truth. */
export type Page = { id: string; url: string; path: string } & (
  | { corpus: 'zyte'; truth: { articleBody: string } }
  | { corpus: 'trafilatura'; truth: SnippetTruth }
  | { corpus: 'readability'; truth: ReadabilityTruth }
);

function gunzipFile(path: string): Buffer {
  return gunzipSync(readFileSync(path));
}

/** The page's HTML as a string: Zyte and Readability pages are UTF-8, trafilatura's any charset. */
export function readPage(page: Pick<Page, 'corpus' | 'path'>): string {
  const bytes = gunzipFile(page.path);
  if (page.corpus === 'trafilatura') return decodeDocument(bytes, { kind: 'html' }).text;
  return bytes.toString('utf8');
}

/** Reads a gzipped UTF-8 file (expected.html of a Readability case). */
export function readGzipText(path: string): string {
  return gunzipFile(path).toString('utf8');
}

function nonEmpty(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function zytePages(): Page[] {
  const dir = join(BENCH_DATA, 'zyte');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  return Object.entries(truth).map(([id, t]) => ({
    corpus: 'zyte',
    id,
    url: t.url ?? 'https://example.invalid/',
    path: join(dir, 'html', `${id}.html.gz`),
    truth: { articleBody: t.articleBody ?? '' },
  }));
}

const GERMAN_TLD = /\.(?:de|at|ch)(?=$|[./:_-])/i;

/**
 * German page: the language the page declares (`<html lang>` or a Content-Language meta) starts with
 * "de"; a page that declares none is German when its host (or file name) ends in .de, .at or .ch.
 */
export function isGermanPage(html: string, hostOrFile: string): boolean {
  const head = html.slice(0, 100_000);
  const declared =
    /<html\b[^>]*?\s(?:xml:)?lang\s*=\s*["']?\s*([a-z]{2,3})/i.exec(head)?.[1] ??
    /<meta\b[^>]*http-equiv\s*=\s*["']?content-language["']?[^>]*content\s*=\s*["']?\s*([a-z]{2,3})/i.exec(head)?.[1] ??
    /<meta\b[^>]*content\s*=\s*["']?\s*([a-z]{2,3})[^>]*http-equiv\s*=\s*["']?content-language/i.exec(head)?.[1];
  if (declared) return declared.toLowerCase() === 'de';
  return GERMAN_TLD.test(hostOrFile);
}

interface EvalEntry {
  file: string;
  with: string[];
  without: string[];
  title?: string | null;
  author?: string | null;
  date?: string | null;
}

function trafilaturaPages(): Page[] {
  const dir = join(BENCH_DATA, 'trafilatura-dev');
  const data = JSON.parse(readFileSync(join(dir, 'evaldata-dev.json'), 'utf8')) as Record<string, EvalEntry>;
  return Object.entries(data).map(([key, entry]) => {
    const isUrl = /^https?:\/\//i.test(key);
    const url = isUrl ? key : `https://example.invalid/${encodeURIComponent(entry.file)}`;
    const path = join(dir, 'pages', `${entry.file}.gz`);
    const truth: SnippetTruth = {
      with: entry.with,
      without: entry.without,
      title: nonEmpty(entry.title),
      author: nonEmpty(entry.author),
      date: nonEmpty(entry.date),
      site: isUrl ? new URL(key).hostname : entry.file,
    };
    return { corpus: 'trafilatura', id: entry.file, url, path, truth };
  });
}

function readabilityPages(): Page[] {
  const dir = join(BENCH_DATA, 'readability');
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const meta = JSON.parse(readFileSync(join(dir, name, 'expected-metadata.json'), 'utf8')) as Record<string, unknown>;
      const truth: ReadabilityTruth = {
        expectedHtmlPath: join(dir, name, 'expected.html.gz'),
        title: nonEmpty(meta.title),
        byline: nonEmpty(meta.byline),
        lang: nonEmpty(meta.lang),
        siteName: nonEmpty(meta.siteName),
        publishedTime: nonEmpty(meta.publishedTime),
      };
      // Readability's own test harness gives every page this address.
      return { corpus: 'readability', id: name, url: 'http://fakehost/test/page.html', path: join(dir, name, 'source.html.gz'), truth };
    });
}

/** The pages of one corpus, in a stable order, at most `limit` of them. */
export function loadCorpus(name: CorpusName, limit = Infinity): Page[] {
  const pages = name === 'zyte' ? zytePages() : name === 'trafilatura' ? trafilaturaPages() : readabilityPages();
  return pages.slice(0, limit);
}
