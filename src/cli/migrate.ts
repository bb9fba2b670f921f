import type { AppContext } from '../app/context.ts';
import type { CliIo } from './context.ts';

/** `presseschau migrate`: applies pending migrations (opening the database does it) and says which. */
export async function migrateCommand(_argv: string[], io: CliIo, ctx: AppContext): Promise<number> {
  const applied = ctx.store.appliedAtOpen;
  io.stdout.write(
    applied.length > 0
      ? `Applied ${applied.length} migration(s) to ${ctx.config.database.label}: ${applied.join(', ')}\n`
      : `${ctx.config.database.label} is up to date; no migration was pending.\n`,
  );
  return 0;
}
