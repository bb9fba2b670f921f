// Renders article pages in-process with the page cache off, to time and profile one uncached render
// (run under `node --cpu-prof`). usage: tsx bench/site/render-profile.ts DATA_DIR [renders]
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createAppContext } from '../../src/app/context.ts';
import { loadConfig } from '../../src/config/config.ts';
import { silentLogger } from '../../src/platform/logger.ts';
import { createSite } from '../../src/web/app.ts';

const [dataDir, countText] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: render-profile.ts DATA_DIR [renders]');
const renders = Number(countText ?? 5000);
const config = loadConfig({ PORT: '0', PRESSESCHAU_DATA: dataDir, PRESSESCHAU_LOG_LEVEL: 'silent', PRESSESCHAU_PAGE_CACHE: '0' });
const ctx = await createAppContext(config, { logger: silentLogger() });
const site = createSite({ reader: ctx.reader, config: ctx.config.site, logger: ctx.logger, clock: ctx.clock });
const db = new Database(join(dataDir, 'presseschau.sqlite'), { readonly: true });
const paths = (db.prepare(`select id, slug from articles where id in (${Array.from({ length: 2000 }, (_, i) => 1 + ((i * 7919) % 1_000_000)).join(',')})`).all() as { id: number; slug: string }[]).map(
  (a) => `http://localhost/artikel/${a.id}/${encodeURIComponent(a.slug)}`,
);
db.close();
const once = async (i: number) => {
  const res = await site.request(paths[i % paths.length]!);
  if (res.status !== 200) throw new Error(`${paths[i % paths.length]} answered ${res.status}`);
  await res.arrayBuffer();
};
for (let i = 0; i < 500; i++) await once(i);
const started = performance.now();
for (let i = 0; i < renders; i++) await once(i);
const ms = performance.now() - started;
console.log(`${renders} uncached article renders: ${(ms / renders).toFixed(3)} ms each`);
