import type { AppContext } from '../app/context.ts';
import { startServer } from '../app/server.ts';
import { countArticles } from '../services/site/stats.ts';
import { parseCommandArgs } from './args.ts';
import type { CliIo } from './context.ts';

/**
 * `presseschau serve [--demo] [--no-scheduler]`: the site, with feeds polled in the process. With
 * --demo the bundled demo publisher is served under /demo and imported at start. Runs until
 * SIGINT/SIGTERM, then finishes the running pass and closes the database.
 */
export async function serveCommand(argv: string[], io: CliIo, ctx: AppContext): Promise<number> {
  const { values } = parseCommandArgs('serve', argv, {
    demo: { type: 'boolean', default: false },
    'no-scheduler': { type: 'boolean', default: false },
  });
  const started = performance.now();
  const server = await startServer(ctx, { demo: values.demo, scheduler: ctx.config.polling.scheduler && !values['no-scheduler'] });
  if (values.demo) await server.firstPass;
  const articles = await countArticles(ctx.store.db);
  const shown = server.origin.replace('127.0.0.1', 'localhost');
  ctx.logger.info({ url: shown, articles, ready_ms: Math.round(performance.now() - started) }, 'Presseschau is ready.');
  io.stdout.write(`Presseschau läuft auf ${shown} (${articles} Artikel). Beenden mit Strg+C.\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  io.stdout.write('Presseschau wird beendet …\n');
  await server.close();
  return 0;
}
