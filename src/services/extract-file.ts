import type { ExtractedArticle } from '../domain/article.ts';
import { decodeDocument } from '../ingest/charset/index.ts';
import { extractArticle } from '../ingest/extract/index.ts';
import { escapeMarkdown, htmlToMarkdown } from '../ingest/sanitize/index.ts';
import { readInputFile } from '../platform/files.ts';
import { AppError, describeError } from '../platform/errors.ts';

/** One line of `extract --batch` output: the article's fields, or nulls and `error` when the page failed. */
export interface ExtractLine {
  id: string | null;
  title: string | null;
  byline: string | null;
  published: string | null;
  lang: string | null;
  siteName: string | null;
  image: string | null;
  lead: string | null;
  text: string;
  html: string;
  error: string | null;
}

/** Decodes page bytes in whatever charset they declare (or sniffs it) and extracts the article. */
export function extractFromBytes(bytes: Uint8Array, input: { url: string; contentType?: string | null }): ExtractedArticle {
  const { text } = decodeDocument(bytes, { contentType: input.contentType ?? null, kind: 'html' });
  return extractArticle(text, { url: input.url });
}

/** The batch line for an extracted article. */
export function toExtractLine(id: string | null, article: ExtractedArticle): ExtractLine {
  const { title, byline, published, lang, siteName, image, lead, text, html } = article;
  return { id, title, byline, published, lang, siteName, image, lead, text, html, error: null };
}

/** The batch line for a page that could not be extracted. */
export function failedExtractLine(id: string | null, error: unknown): ExtractLine {
  return {
    id, title: null, byline: null, published: null, lang: null, siteName: null, image: null, lead: null,
    text: '', html: '', error: describeError(error),
  };
}

/** Reads one page file (gunzipped when it ends in `.gz`) and extracts it; a failure becomes the line's `error`, never a throw. */
export async function extractFile(input: { id: string; path: string; url: string }): Promise<ExtractLine> {
  try {
    let bytes: Uint8Array;
    try {
      bytes = await readInputFile(input.path);
    } catch (cause) {
      throw new AppError('extract', 'read_failed', `cannot read ${input.path}`, { cause });
    }
    return toExtractLine(input.id, extractFromBytes(bytes, { url: input.url }));
  } catch (error) {
    return failedExtractLine(input.id, error);
  }
}

/** The article as plain text: title, blank line, body text. */
export function articleAsText(article: ExtractedArticle): string {
  return [article.title ?? '', article.text].filter((part, i) => i > 0 || part !== '').join('\n\n');
}

/** The article as Markdown: `# title`, the lead, then the body with `##` headings, lists, quotes and links. */
export function articleAsMarkdown(article: ExtractedArticle): string {
  const parts: string[] = [];
  if (article.title) parts.push(`# ${escapeMarkdown(article.title)}`);
  if (article.lead) parts.push(escapeMarkdown(article.lead));
  const body = htmlToMarkdown(article.html);
  if (body) parts.push(body);
  return parts.join('\n\n');
}
