import type { AppContext } from '../app/context.ts';
import { addFeed } from '../services/feeds/add-feed.ts';
import { listFeeds, removeFeed } from '../services/feeds/manage-feeds.ts';
import { AppError } from '../platform/errors.ts';
import { slugify } from '../domain/slug.ts';
import type { FeedRecord } from '../services/feeds/manage-feeds.ts';
import { parseCommandArgs } from './args.ts';
import type { CliIo } from './context.ts';

const USAGE = `usage: presseschau feeds add URL [--source SLUG | --name NAME] [--category NAME] [--language de|en] [--no-check]
       presseschau feeds list [--json]
       presseschau feeds remove ID|URL [--purge]`;

/** `presseschau feeds add|list|remove`: manage the subscribed feeds. */
export async function feedsCommand(argv: string[], io: CliIo, ctx: AppContext): Promise<number> {
  const [sub, ...rest] = argv;
  switch (sub) {
    case 'add':
      return add(rest, io, ctx);
    case 'list':
      return list(rest, io, ctx);
    case 'remove':
    case 'rm':
      return remove(rest, io, ctx);
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
    'no-check': { type: 'boolean', default: false },
  });
  if (positionals.length !== 1) throw new AppError('cli', 'usage', USAGE);
  const feed = await addFeed(ctx.ingest, {
    url: positionals[0]!,
    sourceSlug: values.source ?? null,
    sourceName: values.name ?? null,
    category: values.category ? { slug: slugify(values.category), name: values.category } : null,
    language: values.language ?? null,
    check: !values['no-check'],
  });
  io.stdout.write(`Added feed ${feed.id}: ${feed.url} (source: ${feed.sourceName})\n`);
  return 0;
}

async function list(argv: string[], io: CliIo, ctx: AppContext): Promise<number> {
  const { values } = parseCommandArgs('feeds list', argv, { json: { type: 'boolean', default: false } });
  const feeds = await listFeeds(ctx.store.db);
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

function state(feed: FeedRecord): string {
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

/** The `feeds list` table: one row per feed, its state, last check, next check and last error. */
export function formatFeedTable(feeds: FeedRecord[], now: Date): string {
  const rows = feeds.map((f) => [String(f.id), state(f), when(f.lastCheckedAt, now), f.disabled ? '–' : when(f.nextCheckAt, now), f.sourceName, f.url, f.lastError ?? '']);
  const header = ['ID', 'STATE', 'LAST CHECK', 'NEXT CHECK', 'SOURCE', 'URL', 'LAST ERROR'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (i < 5 ? r[i]!.length : 0))));
  const line = (cells: string[]) => cells.map((c, i) => (i < 5 ? c.padEnd(widths[i]!) : c)).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}
