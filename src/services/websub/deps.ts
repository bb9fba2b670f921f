import type { Kysely } from 'kysely';
import type { HttpClient } from '../../ingest/fetch/index.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Logger } from '../../platform/logger.ts';
import type { Database } from '../../store/index.ts';
import type { IngestDeps } from '../deps.ts';
import type { HubClient } from './hub-client.ts';

/** What the WebSub use cases need. */
export interface WebSubDeps {
  db: Kysely<Database>;
  /** Fetches feeds to find their hub (the same client, and SSRF guard, as polling). */
  http: HttpClient;
  hub: HubClient;
  clock: Clock;
  logger: Logger;
  /** Externally reachable base URL of this site, e.g. https://news.example.org (no trailing slash needed). */
  publicUrl: string;
  /** Lease asked of hubs, in seconds. Default: 10 days. */
  leaseSeconds?: number;
  /** How pushed items are stored: the same settings (full text, polling bounds) as polling. */
  ingest: IngestDeps;
}

/** Timings of the WebSub state machine, in seconds. */
export const WEBSUB_TIMING = {
  defaultLeaseSeconds: 10 * 24 * 3600,
  /** Renew when the lease ends within this window (or at half the lease, if that is shorter). */
  renewBeforeSeconds: 24 * 3600,
  /** A feed without a hub (or with a hub that refused) is looked at again after this long. */
  rediscoverSeconds: 7 * 24 * 3600,
  /** A request the hub has not verified after this long is sent again. */
  verifyWaitSeconds: 6 * 3600,
  /** A hub that failed or never verified is tried again (after a new discovery) after this long. */
  failedRetrySeconds: 24 * 3600,
  /** A failed renewal of a live subscription is tried again after this long. */
  retrySeconds: 3600,
  /** An unsubscribe the hub never verified is forgotten after this long. */
  unsubscribeWaitSeconds: 24 * 3600,
} as const;

/** Path of the callback of one subscription on this site (the web route mirrors it). */
export function callbackPath(id: number, token: string): string {
  return `/websub/callback/${id}/${token}`;
}

/** The absolute callback URL the hub is given. */
export function callbackUrl(publicUrl: string, id: number, token: string): string {
  return publicUrl.replace(/\/+$/, '') + callbackPath(id, token);
}

/** `at` moved by `seconds`. */
export function addSeconds(at: Date, seconds: number): Date {
  return new Date(at.getTime() + seconds * 1000);
}
