import type { JobKind } from './job-kind.ts';

/**
 * WebSub upkeep as a periodic job: hubs are looked for, leases ending within a day are renewed and
 * removed feeds are unsubscribed. One pending at a time, so several schedulers never double it.
 */
export const websubMaintainJob: JobKind = {
  kind: 'websub.maintain',
  everySeconds: 300,
  maxAttempts: 3,
  enabled: (ctx) => ctx.websub !== null,
  async run(ctx) {
    if (!ctx.websub) return;
    const summary = await ctx.websub.maintain();
    if (summary.discovered + summary.subscribed + summary.unsubscribed + summary.expired > 0) {
      ctx.logger.info({ ...summary }, 'WebSub subscriptions maintained.');
    }
  },
};
