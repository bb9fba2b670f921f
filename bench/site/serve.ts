// A server process for bench:site: `site DATA_DIR` runs Presseschau's web role over that data folder
// (no scheduler, no demo); `bare` runs the ceiling, a plain node:http server answering one fixed 20 KB
// HTML page. `site DATA_DIR CACHE_SECONDS` sets the page cache (the configured default when not given).
// Prints one JSON line {"origin": …} when it listens, and serves until killed; SIGTERM ends it
// through process.exit, so that a --cpu-prof profile is written.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAppContext } from '../../src/app/context.ts';
import { startServer } from '../../src/app/server.ts';
import { loadConfig } from '../../src/config/config.ts';
import { silentLogger } from '../../src/platform/logger.ts';

const BARE_PAGE_BYTES = 20 * 1024;

async function serveSite(dataDir: string, cacheSeconds: string | undefined): Promise<string> {
  const cache = cacheSeconds === undefined ? {} : { PRESSESCHAU_PAGE_CACHE: cacheSeconds };
  const config = loadConfig({ PORT: '0', PRESSESCHAU_DATA: dataDir, PRESSESCHAU_LOG_LEVEL: 'silent', ...cache });
  const ctx = await createAppContext(config, { logger: silentLogger() });
  const server = await startServer(ctx, { demo: false, scheduler: false });
  return server.origin;
}

function serveBare(): Promise<string> {
  const filler = '<p>' + 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(40) + '</p>\n';
  let page = '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Bare</title></head><body>';
  while (Buffer.byteLength(page) < BARE_PAGE_BYTES - filler.length) page += filler;
  const body = Buffer.from(page.padEnd(BARE_PAGE_BYTES - '</body></html>'.length, ' ') + '</body></html>');
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
    res.end(body);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

const [mode, dataDir, cacheSeconds] = process.argv.slice(2);
process.once('SIGTERM', () => process.exit(0));
const origin = mode === 'bare' ? await serveBare() : mode === 'site' && dataDir ? await serveSite(dataDir, cacheSeconds) : null;
if (!origin) {
  console.error('usage: serve.ts bare | site DATA_DIR [CACHE_SECONDS]');
  process.exit(2);
}
console.log(JSON.stringify({ origin }));
