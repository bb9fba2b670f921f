// Shows, with the real fetcher and a local HTTP server, that a feed body over the configured size cap
// is refused before it ever reaches the parser: once when the server declares the size, once when it
// streams the body without a Content-Length.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config/config.ts';
import { createHttpClient } from '../../src/ingest/fetch/index.ts';

/** The outcome of one fetch of the oversized feed. */
export interface CapOutcome {
  how: string;
  /** The fetch error code (`too_large` is the one wanted), or `accepted` when the body got through. */
  code: string;
  message: string;
  /** Bytes the server had written when the client gave up. */
  bytesSent: number;
}

/** The default cap from the configuration schema (PRESSESCHAU_FETCH_MAX_BYTES unset). */
export function configuredCap(): number {
  return loadConfig({}).fetch.maxBytes;
}

/** Serves `body` on 127.0.0.1 and fetches it with the configured cap, with and without Content-Length. */
export async function checkFetchCap(body: Buffer): Promise<CapOutcome[]> {
  let bytesSent = 0;
  const server = createServer((request, response) => {
    const headers: Record<string, string | number> = { 'content-type': 'application/rss+xml; charset=utf-8' };
    if (request.url === '/declared') headers['content-length'] = body.length;
    response.writeHead(200, headers);
    bytesSent = 0;
    const chunk = 64 * 1024;
    const write = (offset: number): void => {
      // Writes while the socket takes data; a closed socket (the client gave up) ends the loop.
      for (let at = offset; at < body.length; at += chunk) {
        if (response.destroyed) return;
        bytesSent += Math.min(chunk, body.length - at);
        if (!response.write(body.subarray(at, at + chunk))) return void response.once('drain', () => write(at + chunk));
      }
      response.end();
    };
    write(0);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  // The SSRF guard refuses loopback by default; the allow-list opens this one local server, as an
  // intranet feed would be opened with PRESSESCHAU_FETCH_ALLOW.
  const client = createHttpClient({ maxBytes: configuredCap(), allow: [`127.0.0.1:${port}`] });
  const outcomes: CapOutcome[] = [];
  try {
    for (const [path, how] of [['/declared', 'with Content-Length'], ['/chunked', 'streamed, no Content-Length']]) {
      try {
        const result = await client.fetch(`http://127.0.0.1:${port}${path}`);
        outcomes.push({ how: how!, code: 'accepted', message: `${result.body.length} bytes accepted`, bytesSent });
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        const message = error instanceof Error ? error.message : String(error);
        outcomes.push({ how: how!, code: typeof code === 'string' ? code : 'error', message, bytesSent });
      }
    }
  } finally {
    await client.close();
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
  return outcomes;
}
