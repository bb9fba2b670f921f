import type { Logger } from '../platform/logger.ts';
import type { WebSubPassSummary } from '../services/websub/index.ts';

/** The part of the WebSub service the scheduler drives. */
export interface WebSubMaintainer {
  maintain(): Promise<WebSubPassSummary>;
}

/**
 * Extends a scheduler pass with WebSub upkeep: after the due feeds are polled, hubs are looked for,
 * leases ending within a day are renewed and removed feeds are unsubscribed. Without WebSub (no public
 * URL) the pass is returned unchanged. A failing upkeep is logged and never fails the polling pass.
 */
export function withWebSubRenewal(runPass: () => Promise<unknown>, websub: WebSubMaintainer | null, logger: Logger): () => Promise<unknown> {
  if (!websub) return runPass;
  return async () => {
    const polled = await runPass();
    try {
      const summary = await websub.maintain();
      if (summary.discovered + summary.subscribed + summary.unsubscribed + summary.expired > 0) {
        logger.info({ ...summary }, 'WebSub subscriptions maintained.');
      }
    } catch (error) {
      logger.error({ err: error }, 'The WebSub maintenance pass failed.');
    }
    return polled;
  };
}
