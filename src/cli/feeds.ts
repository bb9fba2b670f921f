import type { AppContext } from '../app/context.ts';
import { addFeed, type AddFeedInput } from '../services/feeds/add-feed.ts';
import { discoverSiteFeeds, type FoundFeed } from '../services/feeds/discover-feeds.ts';
import { exportOpml, importOpml } from '../services/feeds/opml.ts';
import { readFile, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createProgressBar } from './progress.ts';
import { feedsIntervalCommand } from './feeds-interval.ts';
import { listFeedHealth, removeFeed, type FeedHealth } from '../services/feeds/manage-feeds.ts';
import { AppError } from '../platform/errors.ts';
import { slugify } from '../domain/slug.ts';
import { parseCommandArgs } from './args.ts';
import type { CliIo } from './context.ts';

const USAGE = `usage: presseschau feeds add URL [--source SLUG | --name NAME] [--category NAME] [--language de|en] [--all] [--no-check]
       presseschau feeds import FILE.opml
       presseschau feeds export [FILE]
       presseschau feeds list [--json]
       presseschau feeds remove ID|URL [--purge]
       presseschau feeds interval ID|URL [--min SECONDS|default] [--max SECONDS|default]`;

/** `presseschau feeds add|list|remove`: manage the subscribed feeds. */
export async function feedsCommand(argv: string[], io: CliIo, ctx: AppContext): Promise<number> {
  const [sub, ...rest] = argv;
  switch (sub) {
    case 'add':
      return add(rest, io, ctx);
    case 'import':
      return importCommand(rest, io, ctx);
    case 'export':
      return exportCommand(rest, io, ctx);
    case 'list':
      return list(rest, io, ctx);
    case 'remove':
    case 'rm':
      return remove(rest, io, ctx);
    case 'interval':
      return feedsIntervalCommand(rest, io, ctx);
    default:
      io.stderr.write(`${USAGE}\n`);
      return 2;
  }
}

async function add(argv: string[], io: CliIo, ctx: AppContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('feeds add', argv, {
    source: { type: 'string' },
    name: { type: 'string' },
    category: { type: 'string' },
    language: { type: 'string' },
    all: { type: 'boolean', default: false },
    'no-check': { type: 'boolean', default: false },
  });
  if (positionals.length !== 1) throw new AppError('cli', 'usage', USAGE);
  const input: AddFeedInput = {
    url: positionals[0]!,
    sourceSlug: values.source ?? null,
    sourceName: values.name ?? null,
    category: values.category ? { slug: slugify(values.category), name: values.category } : null,
    language: values.language ?? null,
  };
  if (values['no-check']) {
    const feed = await addFeed(ctx.ingest, { ...input, check: false });
    io.stdout.write(`Added feed ${feed.id}: ${feed.url} (source: ${feed.sourceName})\n`);
    return 0;
  }
  const found = await discoverSiteFeeds(ctx.ingest, input.url);
  const chosen = found.length === 1 || values.all ? found : await chooseFeeds(found, input.url, io);
  if (chosen === null) return 2;
  return addChosen(chosen, input, io, ctx);
}

/** Adds the chosen feeds; the feeds of one site share the source the first one gets. */
async function addChosen(chosen: FoundFeed[], input: AddFeedInput, io: CliIo, ctx: AppContext): Promise<number> {
  if (chosen.length === 0) {
    io.stdout.write('Nothing added.\n');
    return 0;
  }
  let sourceId: number | null = null;
  let added = 0;
  for (const found of chosen) {
    try {
      const feed = await addFeed(ctx.ingest, { ...input, found, sourceId });
      sourceId ??= feed.sourceId;
      added++;
      io.stdout.write(`Added feed ${feed.id}: ${feed.url} (source: ${feed.sourceName})\n`);
    } catch (error) {
      // One feed of a site alone is an error; among several, an already subscribed one is only skipped.
      if (chosen.length === 1 || !(error instanceof AppError) || error.code !== 'duplicate_feed') throw error;
      io.stderr.write(`Skipped ${found.url}: already subscribed\n`);
    }
  }
  return added > 0 ? 0 : 1;
}

/** Lists several found feeds and, on a terminal, asks which to add; null means the choice was not made. */
async function chooseFeeds(found: FoundFeed[], url: string, io: CliIo): Promise<FoundFeed[] | null> {
  io.stdout.write(`${url} offers ${found.length} feeds:\n`);
  found.forEach((f, i) => io.stdout.write(`  ${String(i + 1).padStart(2)}  ${f.title ?? '(no title)'}  ${f.url}\n`));
  if (!('isTTY' in io.stdin && io.stdin.isTTY === true)) {
    io.stderr.write('presseschau: several feeds found; add them all with --all, or give the URL of one feed.\n');
    return null;
  }
  io.stdout.write('Which ones? Numbers (e.g. 1 3), "a" for all, nothing to cancel: ');
  const answer = await readLine(io.stdin);
  const chosen = parseChoice(answer ?? '', found);
  if (chosen === null) io.stderr.write(`presseschau: "${answer ?? ''}" is no choice of 1 to ${found.length} or "a".\n`);
  return chosen;
}

/** Reads one line from a stream; null at its end. */
async function readLine(input: NodeJS.ReadableStream): Promise<string | null> {
  const lines = createInterface({ input, terminal: false });
  try {
    for await (const line of lines) return line;
    return null;
  } finally {
    lines.close();
  }
}

/** The feeds an answer like "1 3", "1,2", "2-4" or "a" names; null when the answer is not understood. */
export function parseChoice<T>(answer: string, items: T[]): T[] | null {
  const text = answer.trim().toLowerCase();
  if (text === 'a' || text === 'all' || text === 'alle') return [...items];
  const picked = new Set<number>();
  for (const part of text.split(/[\s,]+/).filter(Boolean)) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!m) return null;
    const from = Number(m[1]);
    const to = Number(m[2] ?? m[1]);
    if (from < 1 || to > items.length || from > to) return null;
    for (let n = from; n <= to; n++) picked.add(n - 1);
  }
  return [...picked].sort((a, b) => a - b).map((i) => items[i]!);
}

async function importCommand(argv: string[], io: CliIo, ctx: AppContext): Promise<number> {
  const { positionals } = parseCommandArgs('feeds import', argv, {});
  if (positionals.length !== 1) throw new AppError('cli', 'usage', USAGE);
  const bytes = await readFile(positionals[0]!).catch((error: unknown) => {
    throw new AppError('cli', 'unreadable_file', `cannot read ${positionals[0]}`, { cause: error });
  });
  const bar = createProgressBar(io.stderr);
  const summary = await importOpml(ctx.ingest, bytes, { onProgress: (done, total) => bar.update(done, total, 'Feeds importiert') });
  for (const bad of summary.invalid) io.stderr.write(`  invalid: ${bad.url || '(empty)'}${bad.title ? ` (${bad.title})` : ''}: ${bad.reason}\n`);
  bar.done(`${summary.added} added, ${summary.alreadySubscribed} already subscribed, ${summary.invalid.length} invalid.`);
  return 0;
}

async function exportCommand(argv: string[], io: CliIo, ctx: AppContext): Promise<number> {
  const { positionals } = parseCommandArgs('feeds export', argv, {});
  if (positionals.length > 1) throw new AppError('cli', 'usage', USAGE);
  const { opml, feeds } = await exportOpml(ctx.store.db, { title: ctx.config.site.siteName, now: ctx.clock.now() });
  if (positionals.length === 0) {
    io.stdout.write(opml);
    return 0;
  }
  await writeFile(positionals[0]!, opml);
  io.stderr.write(`Exported ${feeds} feeds to ${positionals[0]}.\n`);
  return 0;
}

async function list(argv: string[], io: CliIo, ctx: AppContext): Promise<number> {
  const { values } = parseCommandArgs('feeds list', argv, { json: { type: 'boolean', default: false } });
  const feeds = await listFeedHealth(ctx.store.db, { now: ctx.clock.now(), language: ctx.config.site.defaultLanguage });
  if (values.json) {
    io.stdout.write(`${JSON.stringify(feeds, null, 2)}\n`);
    return 0;
  }
  if (feeds.length === 0) {
    io.stdout.write('No feeds yet. Add one with: presseschau feeds add URL\n');
    return 0;
  }
  io.stdout.write(`${formatFeedTable(feeds, ctx.clock.now())}\n`);
  return 0;
}

async function remove(argv: string[], io: CliIo, ctx: AppContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('feeds remove', argv, { purge: { type: 'boolean', default: false } });
  if (positionals.length !== 1) throw new AppError('cli', 'usage', USAGE);
  const feed = await removeFeed(ctx.store.db, positionals[0]!, { purge: values.purge });
  io.stdout.write(`Removed feed ${feed.id}: ${feed.url}${values.purge ? ' and its articles' : ' (its articles are kept)'}\n`);
  return 0;
}

function state(feed: FeedHealth): string {
  if (feed.disabled) return 'disabled';
  if (feed.lastCheckedAt === null) return 'new';
  return feed.lastError ? `error ×${feed.errorCount}` : 'ok';
}

function when(iso: string | null, now: Date): string {
  if (!iso) return '–';
  const minutes = Math.round((new Date(iso).getTime() - now.getTime()) / 60_000);
  if (Math.abs(minutes) < 1) return 'now';
  const text = Math.abs(minutes) < 120 ? `${Math.abs(minutes)} min` : `${Math.round(Math.abs(minutes) / 60)} h`;
  return minutes > 0 ? `in ${text}` : `${text} ago`;
}

/** The last error for the table: the plain message in the interface language, the technical detail after it. */
function lastError(feed: FeedHealth): string {
  if (!feed.lastError) return '';
  return feed.lastErrorMessage ? `${feed.lastErrorMessage} (${feed.lastError})` : feed.lastError;
}

/**
 * The `feeds list` table: one row per feed, its state, last check, next check, articles per day
 * (last 14 days) and last error.
 */
export function formatFeedTable(feeds: FeedHealth[], now: Date): string {
  const rows = feeds.map((f) => [
    String(f.id), state(f), when(f.lastCheckedAt, now), f.disabled ? '–' : when(f.nextCheckAt, now), f.itemsPerDay.toFixed(1),
    f.sourceName, f.url, lastError(f),
  ]);
  const header = ['ID', 'STATE', 'LAST CHECK', 'NEXT CHECK', 'PER DAY', 'SOURCE', 'URL', 'LAST ERROR'];
  const padded = 6;
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (i < padded ? r[i]!.length : 0))));
  const line = (cells: string[]) => cells.map((c, i) => (i < padded ? c.padEnd(widths[i]!) : c)).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}
