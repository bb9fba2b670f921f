// Starts the demo publisher on a real HTTP server (127.0.0.1, ephemeral port), mounted below /demo the
// way the main site mounts it.
import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createDemoPublisher } from '../../src/demo/index.ts';
import type { DemoSource } from '../../src/demo/index.ts';

/** A running demo server. */
export interface DemoServer {
  origin: string;
  sources: DemoSource[];
  close(): Promise<void>;
}

/** Serves the demo below `basePath` with the given start time. */
export async function startDemoServer(now: Date, basePath = '/demo'): Promise<DemoServer> {
  const { app, sources } = createDemoPublisher({ basePath, now });
  const site = new Hono();
  site.route(basePath, app);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: site.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    sources,
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
