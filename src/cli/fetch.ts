import type { AppContext } from '../app/context.ts';
import { politeIngest, processOwner } from '../app/roles.ts';
import { refreshDueFeeds } from '../services/ingest/refresh-due-feeds.ts';
import { markAllFeedsDue } from '../services/feeds/manage-feeds.ts';
import { parseCommandArgs } from './args.ts';
import type { CliIo } from './context.ts';
import { createProgressBar } from './progress.ts';

/**
 * `presseschau fetch [--all]`: one pass over the due feeds (or all with --all), with a progress bar.
 * It claims feeds and host slots like a worker, so it is safe beside running workers: a feed one of
 * them holds is left to it, and politeness towards each host holds over all of them.
 */
export async function fetchCommand(argv: string[], io: CliIo, ctx: AppContext): Promise<number> {
  const { values } = parseCommandArgs('fetch', argv, { all: { type: 'boolean', default: false } });
  if (values.all) await markAllFeedsDue(ctx.store.db, ctx.clock.now());
  const bar = createProgressBar(io.stderr);
  const owner = processOwner('fetch');
  const summary = await refreshDueFeeds(politeIngest(ctx, owner), {
    owner,
    concurrency: ctx.config.polling.feedConcurrency,
    onProgress: (p) => bar.update(p.done, p.total, `${p.newArticles} neu · ${p.failed} Fehler · ${p.last.url}`),
  });
  bar.done(`${summary.feeds} feeds fetched, ${summary.newArticles} new articles, ${summary.failed} failed.`);
  for (const outcome of summary.outcomes.filter((o) => o.error)) io.stderr.write(`  feed ${outcome.feedId}: ${outcome.error}\n`);
  return 0;
}
