import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppContext, type AppContext } from '../../src/app/context.ts';
import { startServer, type RunningServer } from '../../src/app/server.ts';
import { loadConfig } from '../../src/config/config.ts';
import { silentLogger } from '../../src/platform/logger.ts';
import { testDatabaseEnv } from './test-store.ts';

/** A whole Presseschau with the demo publisher, on a free port and a fresh data folder. */
export interface DemoSite {
  ctx: AppContext;
  server: RunningServer;
  dataDir: string;
  close(): Promise<void>;
}

/** Starts Presseschau as `npm start` does (serve --demo), waits for the demo import, on port 0 and the test database. */
export async function startDemoSite(env: Record<string, string> = {}): Promise<DemoSite> {
  const dataDir = await mkdtemp(join(tmpdir(), 'presseschau-test-'));
  const database = testDatabaseEnv();
  const config = loadConfig({ PORT: '0', PRESSESCHAU_DATA: dataDir, ...database.env, ...env });
  const ctx = await createAppContext(config, { logger: silentLogger() });
  const server = await startServer(ctx, { demo: true, scheduler: true });
  await server.firstPass;
  return {
    ctx,
    server,
    dataDir,
    async close() {
      await server.close();
      await ctx.close();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
