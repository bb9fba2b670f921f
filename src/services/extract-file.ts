import type { ExtractedArticle } from '../domain/article.ts';
import { decodeDocument } from '../ingest/charset/index.ts';
import { parseDocument, sameWords, textOf, wordsOf } from '../ingest/extract/dom.ts';
import { guardHtml } from '../ingest/extract/guard.ts';
import { extractArticle } from '../ingest/extract/index.ts';
import type { SiteRule } from '../ingest/extract/site-rules/index.ts';
import { describeElement, recordingTrace, type TraceEntry } from '../ingest/extract/trace.ts';
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
export function extractFromBytes(bytes: Uint8Array, input: { url: string; contentType?: string | null; siteRules?: readonly SiteRule[] }): ExtractedArticle {
  const { text } = decodeDocument(bytes, { contentType: input.contentType ?? null, kind: 'html' });
  return extractArticle(text, { url: input.url, ...(input.siteRules ? { siteRules: input.siteRules } : {}) });
}

/** What became of one block of the page (or of a region whose blocks all went the same way). */
export interface ExplainedBlock {
  kept: boolean;
  /** `title`, `lead`, `byline`, `body`, `media N`; for dropped blocks the traced rule or `not in the article`. */
  reason: string;
  /** Tag, id and classes, CSS-like. */
  element: string;
  /** How many text blocks (paragraphs, headings, list items…) it stands for. */
  blocks: number;
  /** The text of those blocks, joined with ` · `. */
  text: string;
}

/** Why each block of a page was kept or dropped, for `extract --explain`. */
export interface ExtractExplanation {
  article: ExtractedArticle;
  /** Path of the smallest element holding every block kept in the body: where the article sits. */
  container: string | null;
  /** The page's blocks and dropped regions in page order. */
  blocks: ExplainedBlock[];
  /** Decisions reported by the extraction's rules themselves. */
  traced: TraceEntry[];
}

// Elements that hold text as a unit; the innermost ones are the blocks an explanation talks about.
const TEXT_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dt, dd, td, th, caption, address';

/** The innermost text blocks of a page, in page order. */
function leafBlocks(doc: Document): Element[] {
  if (!doc.body) return [];
  return Array.from(doc.body.querySelectorAll(TEXT_BLOCKS)).filter((el) => !el.querySelector(TEXT_BLOCKS) && textOf(el) !== '');
}

// A block this long is found anywhere in the body text; a shorter one ("Sport", "Mehr") only as a line of
// its own, or every menu entry whose word the article happens to use would count as kept.
const MIN_WORDS_ANYWHERE = 6;

/** The article's body text prepared for finding blocks in it: all its words, and each line's words. */
interface BodyText {
  words: string;
  lines: Set<string>;
}

function bodyTextOf(article: ExtractedArticle): BodyText {
  const lines = article.text.split(/\n+/).map((line) => wordsOf(line).join(' '));
  return { words: ` ${wordsOf(article.text).join(' ')} `, lines: new Set(lines) };
}

function inBody(text: string, body: BodyText): boolean {
  const words = wordsOf(text);
  const joined = words.join(' ');
  return body.lines.has(joined) || (words.length >= MIN_WORDS_ANYWHERE && body.words.includes(` ${joined} `));
}

/** Why a block of the original page was kept, or null when it is not in the article. */
function keptAs(el: Element, article: ExtractedArticle, body: BodyText): string | null {
  const text = textOf(el);
  if (article.title && sameWords(text, article.title)) return 'title';
  if (article.lead && sameWords(text, article.lead)) return 'lead';
  const media = article.media.findIndex((m) => m.title && text.includes(m.title) && text.length <= m.title.length + 40);
  if (media !== -1) return `media ${media + 1}`;
  if (inBody(text, body)) return 'body';
  if (article.byline && text.includes(article.byline) && text.length < article.byline.length + 60) return 'byline';
  return null;
}

/** The traced rule that removed an element with this description and text (or one around it). */
function tracedRule(element: string, text: string, traced: TraceEntry[]): string | null {
  const removed = traced.filter((e) => e.action === 'removed');
  const exact = removed.find((e) => e.element === element && e.text === text);
  if (exact) return exact.rule;
  const around = removed.find((e) => text !== '' && e.text.includes(text));
  return around ? `${around.rule} (inside ${around.element})` : null;
}

/** Smallest element containing all the given ones, as a path below `body`. */
function containerPath(kept: Element[]): string | null {
  if (kept.length === 0) return null;
  let common: Element | null = kept[0]!.parentElement;
  for (const el of kept) while (common && !common.contains(el)) common = common.parentElement;
  const path: string[] = [];
  for (let el = common; el && el.tagName !== 'BODY' && el.tagName !== 'HTML'; el = el.parentElement) path.unshift(describeElement(el));
  if (path.length === 0) return 'body';
  return path.length > 5 ? `… > ${path.slice(-5).join(' > ')}` : path.join(' > ');
}

/** Walks the page: a region whose blocks were all dropped is one entry; kept blocks are one each. */
function explainRegions(root: Element, reasons: Map<Element, string | null>, traced: TraceEntry[]): ExplainedBlock[] {
  const counts = new Map<Element, { all: number; kept: number }>();
  for (const [block, reason] of reasons) {
    for (let el: Element | null = block; el; el = el.parentElement) {
      const c = counts.get(el) ?? { all: 0, kept: 0 };
      c.all++;
      if (reason) c.kept++;
      counts.set(el, c);
    }
  }
  const out: ExplainedBlock[] = [];
  const visit = (el: Element) => {
    const c = counts.get(el);
    if (!c) return;
    const reason = reasons.get(el);
    const element = describeElement(el);
    if (reason) {
      out.push({ kept: true, reason, element, blocks: 1, text: textOf(el) });
    } else if (c.kept === 0) {
      const text = [...reasons.keys()].filter((block) => el.contains(block)).map(textOf).join(' · ');
      out.push({ kept: false, reason: tracedRule(element, textOf(el), traced) ?? 'not in the article', element, blocks: c.all, text });
    } else {
      for (const child of Array.from(el.children)) visit(child);
    }
  };
  visit(root);
  return out;
}

/**
 * Extracts a page and explains the result block by block: which blocks of the page became title, lead,
 * byline, media or body, which were dropped (by which rule, where the rule reports it), and which
 * element holds the kept body.
 */
export function explainFromBytes(bytes: Uint8Array, input: { url: string; contentType?: string | null }): ExtractExplanation {
  const { text } = decodeDocument(bytes, { contentType: input.contentType ?? null, kind: 'html' });
  const trace = recordingTrace();
  const article = extractArticle(text, { url: input.url, trace });
  const doc = parseDocument(guardHtml(text));
  for (const el of Array.from(doc.querySelectorAll('script, style, template, noscript'))) el.remove();
  const body = bodyTextOf(article);
  const reasons = new Map<Element, string | null>(leafBlocks(doc).map((el) => [el, keptAs(el, article, body)]));
  const inBody = [...reasons].filter(([, reason]) => reason === 'body').map(([el]) => el);
  return {
    article,
    container: containerPath(inBody),
    blocks: doc.body ? explainRegions(doc.body, reasons, trace.entries) : [],
    traced: trace.entries,
  };
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
