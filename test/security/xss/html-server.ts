import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One answer of an {@link HtmlServer}. */
export interface Answer {
  type: string;
  body: string;
}

/** A server on 127.0.0.1 answering each path from a function (404 when it returns null). */
export interface HtmlServer {
  origin: string;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves `pages(path)` (a string is text/html), without CSP, so only the markup decides what runs. */
export async function startHtmlServer(pages: (path: string, origin: string) => string | Answer | null): Promise<HtmlServer> {
  const requests: string[] = [];
  let origin = '';
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    const found = pages(path, origin);
    const answer = typeof found === 'string' ? { type: 'text/html; charset=utf-8', body: found } : found;
    res.writeHead(answer === null ? 404 : 200, { 'content-type': answer?.type ?? 'text/plain' });
    res.end(answer?.body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
