import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Logger } from '../../platform/logger.ts';
import type { WebSubCallbacks } from '../../services/websub/index.ts';

const CALLBACK = '/websub/callback/:id/:token';

/**
 * The WebSub callback (`/websub/callback/<id>/<token>`): GET answers a hub's verification of
 * intent with the challenge or 404, POST takes pushed content. Hubs are machines, so answers are
 * plain text and never the site's HTML pages; nothing here is cached.
 */
export function registerWebSub(app: Hono, websub: WebSubCallbacks, logger: Logger): void {
  app.get(CALLBACK, async (c) => {
    const answer = await websub.verify({
      id: c.req.param('id'),
      token: c.req.param('token'),
      mode: c.req.query('hub.mode'),
      topic: c.req.query('hub.topic'),
      challenge: c.req.query('hub.challenge'),
      leaseSeconds: c.req.query('hub.lease_seconds'),
      reason: c.req.query('hub.reason'),
    });
    c.header('Cache-Control', 'no-store');
    if (answer.status === 404) return c.text('not found', 404);
    return c.text(answer.body, 200);
  });

  app.post(
    CALLBACK,
    bodyLimit({
      maxSize: websub.maxBodyBytes,
      onError: (c) => {
        logger.warn({ path: c.req.path, max_bytes: websub.maxBodyBytes }, 'A WebSub push was larger than the limit and refused.');
        return c.text('too large', 413);
      },
    }),
    async (c) => {
      const receipt = await websub.receive({
        id: c.req.param('id'),
        token: c.req.param('token'),
        body: new Uint8Array(await c.req.arrayBuffer()),
        contentType: c.req.header('content-type') ?? null,
        signature: c.req.header('x-hub-signature') ?? null,
      });
      if (receipt === 'unknown') return c.text('not found', 404);
      // WebSub §8: a push with a bad signature is acknowledged like a good one, so nobody can probe secrets.
      return c.body(null, 202);
    },
  );
}
