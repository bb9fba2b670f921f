import type { AppContext } from '../app/context.ts';
import { describeSearchProblem } from '../domain/search-query.ts';
import { AppError } from '../platform/errors.ts';
import { reindexSearch, SEARCH_MAX_PAGE_SIZE, type TextPart } from '../services/search/index.ts';
import { parseCommandArgs } from './args.ts';
import type { CliIo } from './context.ts';

const USAGE = `usage: presseschau search "QUERY" [--page N] [--limit N] [--newest] [--json]
       presseschau search --reindex [--all]`;

function positiveInt(value: string | undefined, name: string, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^[1-9][0-9]*$/.test(value) || Number(value) > max) throw new AppError('cli', 'usage', `--${name} must be a whole number from 1 to ${max}`);
  return Number(value);
}

/** Marked text for a terminal: bold where the query matched when stdout is one, else the text as is. */
function plain(parts: readonly TextPart[], bold: boolean): string {
  return parts.map((p) => (p.mark && bold ? `\u001b[1m${p.text}\u001b[22m` : p.text)).join('');
}

/**
 * `presseschau search "QUERY"`: the site's search (same query language, ranking and passages) on the
 * command line, as text or JSON lines; `--reindex` builds the index for articles stored before it.
 * A query that cannot be read exits with 2 and the reason.
 */
export async function searchCommand(argv: string[], io: CliIo, ctx: AppContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('search', argv, {
    page: { type: 'string' },
    limit: { type: 'string' },
    newest: { type: 'boolean' },
    json: { type: 'boolean' },
    reindex: { type: 'boolean' },
    all: { type: 'boolean' },
  });
  if (values.reindex) {
    if (positionals.length > 0) throw new AppError('cli', 'usage', USAGE);
    const done = await reindexSearch(ctx.store.db, {
      all: values.all === true,
      onProgress: (n) => {
        if (io.stderr.isTTY) io.stderr.write(`\rindexed ${n}`);
      },
    });
    if (io.stderr.isTTY) io.stderr.write('\n');
    io.stdout.write(`${done} articles indexed\n`);
    return 0;
  }
  if (positionals.length === 0) throw new AppError('cli', 'usage', USAGE);
  const text = positionals.join(' ');
  const outcome = await ctx.reader.search({
    text,
    page: positiveInt(values.page, 'page', 1000, 1),
    pageSize: positiveInt(values.limit, 'limit', SEARCH_MAX_PAGE_SIZE, 20),
    order: values.newest ? 'newest' : 'relevance',
  });
  if (outcome.kind === 'empty') throw new AppError('cli', 'usage', USAGE);
  if (outcome.kind === 'invalid') {
    io.stderr.write(`presseschau search: ${describeSearchProblem(outcome.problem)}\n`);
    return 2;
  }
  if (values.json) {
    for (const hit of outcome.hits) {
      const c = hit.card;
      io.stdout.write(
        `${JSON.stringify({ id: c.id, title: c.title, source: c.source.slug, category: c.category?.slug ?? null, publishedAt: c.publishedAt, firstSeenAt: c.firstSeenAt, snippet: plain(hit.snippet, false) })}\n`,
      );
    }
    return 0;
  }
  const bold = io.stdout.isTTY === true;
  const more = outcome.capped ? ` (the newest ${outcome.total})` : '';
  io.stdout.write(`${outcome.total} results${more}, page ${outcome.page} of ${outcome.pageCount}\n`);
  outcome.hits.forEach((hit, i) => {
    const c = hit.card;
    const when = (c.publishedAt ?? c.firstSeenAt).slice(0, 10);
    io.stdout.write(`\n${(outcome.page - 1) * outcome.hits.length + i + 1}. ${plain(hit.title, bold)}\n   ${c.source.name}, ${when}, #${c.id}\n`);
    if (hit.snippet.length > 0) io.stdout.write(`   ${plain(hit.snippet, bold)}\n`);
  });
  return 0;
}
