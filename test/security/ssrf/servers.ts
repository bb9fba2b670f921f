import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CHAINS, REDIRECTS } from './spellings.ts';

/** A server on 127.0.0.1 with a log of the paths it was asked for. */
export interface LoggedServer {
  origin: string;
  port: number;
  hits: string[];
  close(): Promise<void>;
}

async function listen(handler: (req: IncomingMessage, res: ServerResponse, self: { origin: string }) => void): Promise<LoggedServer> {
  const hits: string[] = [];
  const self = { origin: '' };
  const server: Server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    handler(req, res, self);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  self.origin = `http://127.0.0.1:${port}`;
  return {
    origin: self.origin,
    port,
    hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const FEED = (title: string, extra = '') => `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>${title}</title><link>http://example.org/</link>${extra}
<item><title>Eintrag</title><link>http://example.org/a</link><guid>a</guid></item></channel></rss>`;

/**
 * The forbidden target: a loopback server that the allow-list does not open. It answers like a
 * perfectly good feed and hub, so a request that reaches it would succeed, and it logs every hit.
 */
export function startForbiddenServer(): Promise<LoggedServer> {
  return listen((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(FEED('Interner Feed'));
  });
}

/**
 * The public-looking fixture server, the only one the allow-list opens: it redirects to forbidden
 * targets (`/r/<i>` for REDIRECTS[i], `/chain/<c>/<hops>` for CHAINS[c]), serves pages that announce
 * forbidden feeds (`/announce?href=…`) and a feed whose hub and item links are forbidden (`/hub-feed.xml?hub=…`).
 */
export function startFixtureServer(forbiddenPort: number): Promise<LoggedServer> {
  const fill = (text: string) => text.replaceAll('{F}', String(forbiddenPort));
  return listen((req, res, self) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const redirect = /^\/r\/(\d+)$/.exec(url.pathname);
    if (redirect) {
      const r = REDIRECTS[Number(redirect[1])]!;
      res.writeHead(r.status, { location: fill(r.location) });
      return res.end();
    }
    const chain = /^\/chain\/(\d+)\/(\d+)$/.exec(url.pathname);
    if (chain) {
      const c = CHAINS[Number(chain[1])]!;
      const left = Number(chain[2]);
      res.writeHead(302, { location: left > 0 ? `/chain/${chain[1]}/${left - 1}` : fill(c.target) });
      return res.end();
    }
    const href = url.searchParams.get('href') ?? '';
    const esc = href.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    if (url.pathname === '/announce') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(`<!DOCTYPE html><html><head><title>Verlag</title><link rel="alternate" type="application/rss+xml" href="${esc}"></head><body><a href="${esc}">RSS</a></body></html>`);
    }
    if (url.pathname === '/hub-feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      return res.end(FEED('Verlag mit Hub', `<atom:link rel="hub" href="${esc}"/><atom:link rel="self" href="${self.origin}/hub-feed.xml?href=${encodeURIComponent(href)}"/>
<item><title>Seite</title><link>${esc}</link><guid>page-${encodeURIComponent(href)}</guid><description>Kurz.</description></item>`));
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
}
