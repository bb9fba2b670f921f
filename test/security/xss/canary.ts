import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A server on 127.0.0.1 that counts every request it gets, per path; script from a vector calls it. */
export interface CanaryServer {
  origin: string;
  /** Paths requested so far, in order (`/c/12`, …). */
  hits: string[];
  /** Vector numbers whose canary was requested at or after position `since` of `hits`. */
  vectorsHitSince(since: number): number[];
  close(): Promise<void>;
}

/** Starts the canary server; it answers everything with an empty 200 that any context accepts. */
export async function startCanaryServer(): Promise<CanaryServer> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(new URL(req.url ?? '/', 'http://x').pathname);
    // Readable from any origin, so a fetch from an opaque (data:) frame is not stopped before it is sent.
    res.writeHead(200, { 'content-type': 'text/plain', 'access-control-allow-origin': '*', 'access-control-allow-private-network': 'true' });
    res.end('');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    hits,
    vectorsHitSince(since) {
      const numbers = hits.slice(since).map((p) => /^\/c\/(\d+)/.exec(p)?.[1]).filter((n): n is string => n !== undefined);
      return [...new Set(numbers.map(Number))];
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
