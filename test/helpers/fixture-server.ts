import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

/** A route handled in code instead of from the folder. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** A real HTTP server on 127.0.0.1 that serves a fixture folder, with routes that can be overridden. */
export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Requests seen, in order, as "METHOD /path". */
  requests: string[];
  route(path: string, handler: RouteHandler): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.xml': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.json': 'application/feed+json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

/** Starts a fixture server for `folder` on an ephemeral port; `{{origin}}` in text files becomes its origin. */
export async function startFixtureServer(folder: string): Promise<FixtureServer> {
  const routes = new Map<string, RouteHandler>();
  const requests: string[] = [];
  let origin = '';
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(`${req.method} ${path}`);
    const handler = routes.get(path);
    if (handler) return handler(req, res);
    const file = join(folder, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    readFile(file).then(
      (body) => {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        // Fixtures name their own server as {{origin}}, since the port is only known at run time.
        res.end(TYPES[extname(file)] ? body.toString('utf8').replaceAll('{{origin}}', origin) : body);
      },
      () => {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).toString(),
    requests,
    route: (path, handler) => routes.set(path, handler),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
