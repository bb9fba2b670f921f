import { createReadStream, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ExtractedArticle } from '../domain/article.ts';
import type { Config } from '../config/config.ts';
import { AppError, describeError } from '../platform/errors.ts';
import { readInputFile } from '../platform/files.ts';
import {
  articleAsMarkdown, articleAsText, explainFromBytes, extractFile, extractFromBytes, failedExtractLine,
  type ExplainedBlock, type ExtractExplanation, type ExtractLine,
} from '../services/extract-file.ts';
import type { IngestExtraction } from '../services/sources/extraction.ts';
import { extractionForPage } from '../services/sources/page-source.ts';
import type { CliCommand, CliIo } from './context.ts';

/** A page fetched over HTTP: its bytes, Content-Type and final URL after redirects. */
export interface FetchedPage {
  bytes: Uint8Array;
  contentType: string | null;
  url: string;
}

/** A page and the source it is named for (`--source`, an id or slug), for looking up that source's rules. */
export interface PageOfSource {
  url: string;
  source?: string;
}

/**
 * What the extract command can be given: a fetcher for `extract --url URL` (none: that form is
 * refused), and the rules of a page's source from the database, the ones the ingest would use
 * (none: the shipped rules alone, and `--source` is refused).
 */
export interface ExtractCommandDeps {
  fetchPage?: (url: string) => Promise<FetchedPage>;
  siteRulesFor?: (page: PageOfSource) => Promise<IngestExtraction['siteRules']>;
}

const USAGE = `Usage:
  presseschau extract --batch FILE.jsonl      one JSON line per input line {"id","path","url"}
  presseschau extract FILE [--url URL] [--source ID|SLUG] [--format json|text|markdown]
  presseschau extract --url URL [--source ID|SLUG] [--format json|text|markdown]   (fetches the page)
                                              with the site rule of the page's source (found by
                                              its host, or named) as the ingest applies it
  presseschau extract --explain FILE [--url URL] [--format text|json]
                                              why each block of the page was kept or dropped
`;
const FORMATS = ['json', 'text', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

/** Writes a chunk and waits while the stream's buffer is full, so a large batch never piles up in memory. */
function write(stream: CliIo['stdout'], chunk: string): Promise<void> {
  return new Promise((done, fail) => {
    const ok = stream.write(chunk, (error) => (error ? fail(error) : undefined));
    if (ok) done();
    else stream.once('drain', () => done());
  });
}

/** The error line for stderr; errors of the extraction already name their module. */
function errorLine(error: unknown): string {
  const message = describeError(error);
  return message.startsWith('extract: ') ? `${message}\n` : `extract: ${message}\n`;
}

function usageError(io: CliIo, message: string): Promise<number> {
  return write(io.stderr, `extract: ${message}\n${USAGE}`).then(() => 2);
}

/** Parses one batch input line into a job, or explains what is wrong with it. */
function parseJob(line: string): { id: string; path: string; url: string } | { id: string | null; problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: null, problem: 'input line is not JSON' };
  }
  const job = (value ?? {}) as Record<string, unknown>;
  const id = typeof job.id === 'string' ? job.id : null;
  if (id === null || typeof job.path !== 'string' || typeof job.url !== 'string') {
    return { id, problem: 'input line needs string fields "id", "path" and "url"' };
  }
  return { id, path: job.path, url: job.url };
}

/** Processes the batch line by line, writing each result as soon as it is ready and in input order. */
async function runBatch(file: string, io: CliIo): Promise<number> {
  let input: NodeJS.ReadableStream = io.stdin;
  if (file !== '-') {
    const stream = createReadStream(file);
    try {
      await new Promise<void>((done, fail) => {
        stream.once('open', () => done());
        stream.once('error', fail);
      });
    } catch (error) {
      await write(io.stderr, `extract: cannot read batch file: ${describeError(error)}\n`);
      return 1;
    }
    input = stream;
  }
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const raw of lines) {
    if (raw.trim() === '') continue;
    const job = parseJob(raw);
    const result: ExtractLine = 'problem' in job ? failedExtractLine(job.id, new Error(job.problem)) : await extractFile(job);
    await write(io.stdout, JSON.stringify(result) + '\n');
  }
  return 0;
}

function render(article: ExtractedArticle, format: Format): string {
  if (format === 'text') return articleAsText(article) + '\n';
  if (format === 'markdown') return articleAsMarkdown(article) + '\n';
  return JSON.stringify(article, null, 2) + '\n';
}

const WIDTH = { reason: 20, element: 32, text: 64 };

/** A text cut to `length` characters, with an ellipsis when cut. */
function cut(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

function clock(seconds: number | null): string {
  if (!seconds) return '';
  const s = String(seconds % 60).padStart(2, '0');
  return seconds >= 3600 ? ` ${Math.floor(seconds / 3600)}:${String(Math.floor(seconds / 60) % 60).padStart(2, '0')}:${s}` : ` ${Math.floor(seconds / 60)}:${s}`;
}

function row(status: string, reason: string, element: string, text: string): string {
  return `  ${status.padEnd(7)} ${cut(reason, WIDTH.reason).padEnd(WIDTH.reason)} ${cut(element, WIDTH.element).padEnd(WIDTH.element)} ${text}`;
}

function blockLine(block: ExplainedBlock): string {
  const count = block.blocks > 1 ? `${block.blocks} blocks: ` : '';
  return row(block.kept ? 'kept' : 'DROPPED', block.reason, block.element, `${count}"${cut(block.text, WIDTH.text)}"`);
}

/** The explanation as a report for the terminal: what the article is made of, then every block in page order. */
export function renderExplanation(explanation: ExtractExplanation, url: string): string {
  const { article, blocks, traced } = explanation;
  const lines = [`Extraction of ${url}`, ''];
  const field = (name: string, value: string | null) => lines.push(`  ${name.padEnd(10)} ${value === null ? '–' : cut(value, 100)}`);
  field('title', article.title);
  field('byline', article.byline);
  field('published', article.published);
  field('lead', article.lead);
  article.media.forEach((m, i) => field(`media ${i + 1}`, `${m.kind} "${m.title ?? ''}"${clock(m.durationSeconds)}${m.url ? ` ${m.url}` : ''}`));
  const inBody = blocks.filter((b) => b.reason === 'body').length;
  const container = explanation.container ? `${cut(explanation.container, 80)}   (holds the ${inBody} blocks kept in the body)` : '–';
  lines.push(`  ${'container'.padEnd(10)} ${container}`);
  lines.push('', 'Blocks in page order (a dropped region whose blocks all went counts once):');
  lines.push(...blocks.map(blockLine));
  if (traced.length > 0) {
    lines.push('', 'Decisions reported by the rules:');
    for (const e of traced) lines.push(row(e.action, e.rule, e.element, `"${cut(e.text, WIDTH.text)}"`));
  }
  const dropped = blocks.filter((b) => !b.kept);
  const asMeta = blocks.filter((b) => b.kept && b.reason !== 'body').length;
  lines.push('', `${inBody} blocks kept in the body, ${asMeta} as title, lead, byline or media; `
    + `${dropped.reduce((n, b) => n + b.blocks, 0)} dropped in ${dropped.length} regions.`);
  return lines.join('\n') + '\n';
}

async function runExplain(file: string, url: string | undefined, format: Format, io: CliIo): Promise<number> {
  const pageUrl = url ?? pathToFileURL(resolve(file)).href;
  let explanation: ExtractExplanation;
  try {
    explanation = explainFromBytes(await readInputFile(file), { url: pageUrl });
  } catch (error) {
    await write(io.stderr, errorLine(error));
    return 1;
  }
  await write(io.stdout, format === 'json' ? JSON.stringify(explanation, null, 2) + '\n' : renderExplanation(explanation, pageUrl));
  return 0;
}

/** Whether a page address can belong to a source (a saved file's own file: URL cannot). */
function isWebPage(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

async function runSingle(file: string | undefined, page: { url?: string; source?: string }, format: Format, io: CliIo, deps: ExtractCommandDeps): Promise<number> {
  const { url, source } = page;
  // The source's rules, as the ingest would use them, when the page can belong to one.
  const rulesFor = (pageUrl: string) =>
    deps.siteRulesFor && (source !== undefined || isWebPage(pageUrl)) ? deps.siteRulesFor({ url: pageUrl, ...(source === undefined ? {} : { source }) }) : Promise.resolve(undefined);
  let article: ExtractedArticle;
  try {
    if (file !== undefined) {
      const bytes = await readInputFile(file);
      const pageUrl = url ?? pathToFileURL(resolve(file)).href;
      const siteRules = await rulesFor(pageUrl);
      article = extractFromBytes(bytes, { url: pageUrl, ...(siteRules ? { siteRules } : {}) });
    } else {
      if (!deps.fetchPage) {
        await write(io.stderr, 'extract: fetching pages (--url without FILE) is not available here; save the page and pass FILE --url URL\n');
        return 2;
      }
      const fetched = await deps.fetchPage(url!);
      const siteRules = await rulesFor(fetched.url);
      article = extractFromBytes(fetched.bytes, { url: fetched.url, contentType: fetched.contentType, ...(siteRules ? { siteRules } : {}) });
    }
  } catch (error) {
    await write(io.stderr, errorLine(error));
    return 1;
  }
  await write(io.stdout, render(article, format));
  return 0;
}

/** Builds the `extract` command; `deps.fetchPage` enables `extract --url URL` without a file. */
export function createExtractCommand(deps: ExtractCommandDeps): CliCommand {
  return async (argv, io) => {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          batch: { type: 'string' }, explain: { type: 'string' }, url: { type: 'string' }, source: { type: 'string' }, format: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      });
    } catch (error) {
      return usageError(io, describeError(error));
    }
    const { values, positionals } = parsed;
    if (values.help) return write(io.stdout, USAGE).then(() => 0);
    if (values.source !== undefined && (values.batch !== undefined || values.explain !== undefined)) return usageError(io, '--source goes with FILE or --url only');
    if (values.source !== undefined && !deps.siteRulesFor) return usageError(io, '--source needs the database, which is not available here');
    if (values.explain !== undefined) {
      if (values.batch !== undefined || positionals.length > 0) return usageError(io, '--explain takes one FILE and no other FILE or --batch');
      if (values.format !== undefined && values.format !== 'text' && values.format !== 'json') return usageError(io, '--explain prints text or json');
      return runExplain(values.explain, values.url, (values.format ?? 'text') as Format, io);
    }
    const format = (values.format ?? 'json') as Format;
    if (!FORMATS.includes(format)) return usageError(io, `unknown format "${values.format}"`);
    if (values.batch !== undefined) {
      if (positionals.length > 0 || values.url !== undefined) return usageError(io, '--batch takes no FILE or --url');
      return runBatch(values.batch, io);
    }
    if (positionals.length > 1) return usageError(io, 'give one FILE');
    if (positionals.length === 0 && values.url === undefined) return usageError(io, 'give FILE, --url URL or --batch FILE.jsonl');
    return runSingle(positionals[0], { ...(values.url === undefined ? {} : { url: values.url }), ...(values.source === undefined ? {} : { source: values.source }) }, format, io, deps);
  };
}

/**
 * The rules the ingest would use for a page's source, read from the configured database. Without a
 * database yet (no SQLite file) there is no source and nothing is created: the shipped rules apply.
 * The application is loaded only here, so extraction without a source starts as fast as before.
 */
export async function siteRulesFromDatabase(config: Config, page: PageOfSource): Promise<IngestExtraction['siteRules']> {
  if (config.database.kind === 'sqlite' && !existsSync(config.database.path)) {
    if (page.source !== undefined) throw new AppError('cli', 'no_database', `no database at ${config.database.path}, so no source "${page.source}"`);
    return undefined;
  }
  const { createAppContext } = await import('../app/context.ts');
  const ctx = await createAppContext(config);
  try {
    return (await extractionForPage(ctx.ingest, page)).siteRules;
  } finally {
    await ctx.close();
  }
}

/** `presseschau extract`: one page or a batch, without fetching and without the database (shipped rules only). */
export const extractCommand: CliCommand = createExtractCommand({});
