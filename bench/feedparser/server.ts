// A local HTTP server that serves each suite file with the headers its `Header:` lines name.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SuiteCase } from './suite.ts';

/** A running suite server. */
export interface SuiteServer {
  url(rel: string): string;
  close(): Promise<void>;
}

/**
 * Starts the server on 127.0.0.1 with an ephemeral port. A file without a Content-Type header is
 * served as application/xml without charset (or application/json), so its own declaration decides.
 */
export async function startSuiteServer(cases: SuiteCase[]): Promise<SuiteServer> {
  const byPath = new Map(cases.map((c) => [`/${c.rel}`, c]));
  const server = createServer((req, res) => {
    const found = byPath.get(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!found) {
      res.writeHead(404).end();
      return;
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of found.headers) headers[name.toLowerCase()] = value;
    headers['content-type'] ??= found.rel.endsWith('.json') ? 'application/json' : 'application/xml';
    res.writeHead(200, headers);
    res.end(found.bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (rel) => `${origin}/${rel.split('/').map(encodeURIComponent).join('/')}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
