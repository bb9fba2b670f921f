// Work shared by every process on one database: feed leases, per-host fetch slots and follow-up jobs.
export type { QueueDeps } from './deps.ts';
export { leaseDueFeeds, renewLeasedFeeds, releaseLeasedFeed, expireStaleFeedLeases, type ClaimedFeed } from './feed-leases.ts';
export { createHostGate, politeHttpClient, expireStaleHostSlots, type HostGate, type HostGateOptions } from './host-gate.ts';
export { enqueueFollowUp, leaseJobs, finishJob, ensurePeriodicJob, expireStaleJobLeases, type ClaimedJob, type NewJob } from './jobs.ts';
export { enqueueArticleFollowUps, enqueueCommittedFollowUps, pendingKey, type FollowUpKinds } from './follow-ups.ts';
