import type { AppContext } from '../app/context.ts';
import { AppError } from '../platform/errors.ts';
import { setFeedPolling } from '../services/feeds/manage-feeds.ts';
import { parseCommandArgs } from './args.ts';
import type { CliIo } from './context.ts';

const USAGE = 'usage: presseschau feeds interval ID|URL [--min SECONDS|default] [--max SECONDS|default]';

/** A bound from the command line: whole seconds, or `default` for the global setting; undefined when not given. */
function bound(text: string | undefined, name: string): number | null | undefined {
  if (text === undefined) return undefined;
  if (text === 'default') return null;
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new AppError('cli', 'usage', `--${name} must be whole seconds or "default"\n${USAGE}`);
  return Number(text);
}

/** `presseschau feeds interval`: sets a feed's own shortest and longest polling interval. */
export async function feedsIntervalCommand(argv: string[], io: CliIo, ctx: AppContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('feeds interval', argv, { min: { type: 'string' }, max: { type: 'string' } });
  if (positionals.length !== 1) throw new AppError('cli', 'usage', USAGE);
  const result = await setFeedPolling(ctx.store.db, positionals[0]!, {
    minIntervalSeconds: bound(values.min, 'min'),
    maxIntervalSeconds: bound(values.max, 'max'),
  });
  const show = (seconds: number | null) => (seconds === null ? 'the global setting' : `${seconds} s`);
  io.stdout.write(
    `Feed ${result.feed.id}: shortest interval ${show(result.minIntervalSeconds)}, longest ${show(result.maxIntervalSeconds)}\n`,
  );
  return 0;
}
