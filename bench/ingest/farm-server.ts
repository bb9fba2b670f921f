import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { renderArticle, renderFeed, type FarmShape } from './farm.ts';

/** A running farm: one HTTP server per host on 127.0.0.1. */
export interface RunningFarm {
  ports: number[];
  /** Requests answered so far (feeds, pages). */
  served: { feeds: number; pages: number };
  close(): Promise<void>;
}

const FEED = /^\/feeds\/(\d+)\.xml$/;
const ARTICLE = /^\/artikel\/(\d+)\/(\d+)\.html$/;

/**
 * Serves the farm: `/feeds/F.xml` on host F mod hosts and `/artikel/F/I.html`, each answer after a
 * random delay in [minMs, maxMs] (a publisher's latency); anything else, or a feed on the wrong host, is 404.
 */
export async function startFarm(shape: FarmShape, latency: { minMs: number; maxMs: number }): Promise<RunningFarm> {
  const served = { feeds: 0, pages: 0 };
  const servers: Server[] = [];
  const ports: number[] = [];
  for (let h = 0; h < shape.hosts; h++) {
    const server = createServer((req, res) => {
      const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const feed = FEED.exec(path);
      const article = ARTICLE.exec(path);
      let status = 404;
      let type = 'text/plain; charset=utf-8';
      let body = 'nicht gefunden';
      if (feed && Number(feed[1]) < shape.feeds && Number(feed[1]) % shape.hosts === h) {
        [status, type, body] = [200, 'application/rss+xml; charset=utf-8', renderFeed(origin, Number(feed[1]), shape.items)];
        served.feeds++;
      } else if (article && Number(article[1]) < shape.feeds && Number(article[2]) < shape.items) {
        [status, type, body] = [200, 'text/html; charset=utf-8', renderArticle(origin, Number(article[1]), Number(article[2]))];
        served.pages++;
      }
      const delay = latency.minMs + Math.random() * (latency.maxMs - latency.minMs);
      setTimeout(() => {
        res.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache' });
        res.end(body);
      }, delay);
    });
    server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    ports.push((server.address() as AddressInfo).port);
  }
  return {
    ports,
    served,
    close: async () => {
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((resolve) => {
              s.closeAllConnections();
              s.close(() => resolve());
            }),
        ),
      );
    },
  };
}
