import type { Logger } from '../platform/logger.ts';
import type { IngestDeps } from '../services/deps.ts';
import type { WebSub } from '../services/websub/index.ts';

/** What a job's handler gets: the use cases it may call. */
export interface JobContext {
  ingest: IngestDeps;
  /** Null when WebSub is off (no public URL). */
  websub: WebSub | null;
  logger: Logger;
}

/** One kind of follow-up work: its name, when it is enqueued, and what running it does. */
export interface JobKind {
  /** Stable name stored with each job (`area.verb`, e.g. `websub.maintain`). */
  kind: string;
  /** Enqueued in the transaction that stores each new article, payload `{ articleId }`. */
  afterArticleStored?: boolean;
  /**
   * Enqueued once after a refresh committed new articles, one pending job at a time over all workers
   * (it finds the work itself); see `workLeft`.
   */
  afterArticlesCommitted?: boolean;
  /**
   * For a coalescing kind: asked after a run went through and its job was removed; true enqueues it
   * again, so work committed while it ran (when enqueueing found the job still there) is not left.
   */
  workLeft?: (ctx: JobContext) => Promise<boolean>;
  /** Enqueued by the scheduler every so many seconds, one pending at a time over all schedulers. */
  everySeconds?: number;
  /** Whether a periodic kind applies to this site at all (default: yes). */
  enabled?: (ctx: JobContext) => boolean;
  /** Attempts before giving up (default 8, with back-off from 30 s doubling). */
  maxAttempts?: number;
  /** Does the work; throwing schedules another attempt. Must be safe to run twice (a crash repeats it). */
  run(ctx: JobContext, payload: unknown): Promise<void>;
}
