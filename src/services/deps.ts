import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import type { HttpClient } from '../ingest/fetch/index.ts';
import type { Clock } from '../platform/clock.ts';
import type { Logger } from '../platform/logger.ts';
import type { FollowUpKinds } from './queue/follow-ups.ts';

/** Polling bounds in seconds. */
export interface PollingSettings {
  minSeconds: number;
  maxSeconds: number;
  defaultSeconds: number;
}

/** What the ingest use cases need: the database, the HTTP client, time, logs and settings. */
export interface IngestDeps {
  db: Kysely<Database>;
  http: HttpClient;
  clock: Clock;
  logger: Logger;
  polling: PollingSettings;
  /** Fetch and extract each new item's page (otherwise the feed's own content is used). */
  fullText: boolean;
  /** Jobs enqueued with each stored change, run by workers after the commit (none when absent). */
  followUps?: FollowUpKinds;
}
