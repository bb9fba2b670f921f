import { describeError } from '../../platform/errors.ts';
import {
  deleteSubscription, getFeed, insertSubscription, listDueSubscriptions, listFeedsWithoutSubscription, listOrphanedSubscriptions,
  updateSubscription,
  type WebSubSubscription,
} from '../../store/index.ts';
import { addSeconds, WEBSUB_TIMING, type WebSubDeps } from './deps.ts';
import { discoverHub } from './discover-hub.ts';
import { sendHubRequest } from './request.ts';
import { randomHex } from './signature.ts';

/** What one maintenance pass did. */
export interface WebSubPassSummary {
  /** Feeds fetched to look for a hub. */
  discovered: number;
  /** Subscribe requests sent (first ones and renewals) that the hub accepted. */
  subscribed: number;
  /** Unsubscribe requests sent for removed feeds. */
  unsubscribed: number;
  /** Subscriptions whose lease ran out unrenewed. */
  expired: number;
}

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5';
const SECRET_BYTES = 32;
const TOKEN_BYTES = 16;

/**
 * One WebSub maintenance pass, run beside the polling pass: looks for the hub of feeds never looked
 * at, renews leases that end soon, retries what failed, and tells hubs to stop pushing removed feeds.
 * At most `limit` feeds and `limit` due subscriptions per pass, so a large import spreads out.
 */
export async function maintainSubscriptions(deps: WebSubDeps, options: { limit?: number } = {}): Promise<WebSubPassSummary> {
  const limit = options.limit ?? 20;
  const summary: WebSubPassSummary = { discovered: 0, subscribed: 0, unsubscribed: 0, expired: 0 };
  for (const feed of await listFeedsWithoutSubscription(deps.db, limit)) {
    const sub = await insertSubscription(deps.db, {
      feedId: feed.id,
      state: 'no_hub',
      callbackToken: randomHex(TOKEN_BYTES),
      secret: randomHex(SECRET_BYTES),
      nextActionAt: addSeconds(deps.clock.now(), WEBSUB_TIMING.rediscoverSeconds),
      createdAt: deps.clock.now(),
    });
    await step(deps, () => discoverAndSubscribe(deps, sub, feed.url, summary), sub);
  }
  // Removed feeds first: their hubs would otherwise go on pushing until the lease ends.
  for (const sub of await listOrphanedSubscriptions(deps.db, limit)) {
    await step(deps, () => act(deps, sub, summary), sub);
  }
  for (const sub of await listDueSubscriptions(deps.db, { now: deps.clock.now(), limit })) {
    await step(deps, () => act(deps, sub, summary), sub);
  }
  return summary;
}

/** One row's due action, chosen by its state. */
async function act(deps: WebSubDeps, sub: WebSubSubscription, summary: WebSubPassSummary): Promise<void> {
  const now = deps.clock.now();
  if (sub.feedId === null) {
    const live = (sub.state === 'active' || sub.state === 'pending') && sub.hubUrl !== null;
    if (!live) return deleteSubscription(deps.db, sub.id);
    if (await sendHubRequest(deps, sub, 'unsubscribe')) summary.unsubscribed++;
    return;
  }
  if (sub.state === 'active' && sub.leaseExpiresAt !== null && new Date(sub.leaseExpiresAt) > now) {
    if (await sendHubRequest(deps, sub, 'subscribe')) summary.subscribed++;
    return;
  }
  if (sub.state === 'active') summary.expired++;
  if (sub.state === 'pending') {
    // The hub accepted but never called back (the callback may be unreachable): wait before trying again.
    await updateSubscription(deps.db, sub.id, {
      state: 'failed',
      pendingMode: null,
      lastError: 'the hub never verified the subscription',
      nextActionAt: addSeconds(now, WEBSUB_TIMING.failedRetrySeconds),
    });
    return;
  }
  const feed = await getFeed(deps.db, sub.feedId);
  if (!feed || feed.disabled) {
    await updateSubscription(deps.db, sub.id, { nextActionAt: addSeconds(now, WEBSUB_TIMING.rediscoverSeconds) });
    return;
  }
  await discoverAndSubscribe(deps, sub, feed.url, summary);
}

/** Fetches the feed, finds its hub and topic, and subscribes; a feed without hub is looked at again later. */
async function discoverAndSubscribe(deps: WebSubDeps, sub: WebSubSubscription, feedUrl: string, summary: WebSubPassSummary): Promise<void> {
  const now = deps.clock.now();
  summary.discovered++;
  const response = await deps.http.fetch(feedUrl, { accept: FEED_ACCEPT });
  if (response.status < 200 || response.status > 299) {
    await updateSubscription(deps.db, sub.id, {
      state: 'failed',
      lastError: `looking for the hub: the feed answered HTTP ${response.status}`,
      nextActionAt: addSeconds(now, WEBSUB_TIMING.failedRetrySeconds),
    });
    return;
  }
  const links = discoverHub({ linkHeader: response.headers['link'] ?? null, body: response.body, baseUrl: response.url });
  const hubUrl = links.hubs[0];
  if (!hubUrl) {
    await updateSubscription(deps.db, sub.id, {
      state: 'no_hub', hubUrl: null, topicUrl: null, pendingMode: null, lastError: null,
      nextActionAt: addSeconds(now, WEBSUB_TIMING.rediscoverSeconds),
    });
    return;
  }
  // WebSub §4: the topic is the feed's self URL; the fetched URL stands in when there is none.
  const topicUrl = links.self ?? response.url;
  await updateSubscription(deps.db, sub.id, { hubUrl, topicUrl, state: 'pending', leaseExpiresAt: null });
  deps.logger.info({ subscription_id: sub.id, feed_id: sub.feedId, hub: hubUrl, topic: topicUrl }, 'The feed announces a WebSub hub; subscribing.');
  const fresh: WebSubSubscription = { ...sub, hubUrl, topicUrl, state: 'pending', leaseExpiresAt: null };
  if (await sendHubRequest(deps, fresh, 'subscribe')) summary.subscribed++;
}

/** Runs one row's action; a failure is stored on the row and the pass goes on with the others. */
async function step(deps: WebSubDeps, action: () => Promise<void>, sub: WebSubSubscription): Promise<void> {
  try {
    await action();
  } catch (error) {
    const message = describeError(error);
    deps.logger.warn({ subscription_id: sub.id, feed_id: sub.feedId, error: message }, 'A WebSub maintenance step failed.');
    await updateSubscription(deps.db, sub.id, {
      state: sub.state === 'active' ? 'active' : 'failed',
      lastError: message,
      nextActionAt: addSeconds(deps.clock.now(), WEBSUB_TIMING.failedRetrySeconds),
    }).catch(() => undefined);
  }
}
