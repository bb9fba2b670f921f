import { timingSafeEqual } from 'node:crypto';
import { deleteSubscription, getSubscription, updateSubscription, type WebSubSubscription } from '../../store/index.ts';
import { addSeconds, WEBSUB_TIMING, type WebSubDeps } from './deps.ts';
import { ingestPush } from './ingest-push.ts';
import { verifySignature } from './signature.ts';

/** The query of a hub's verification request (WebSub §5.3), as received. */
export interface VerificationRequest {
  id: string;
  token: string;
  mode?: string | undefined;
  topic?: string | undefined;
  challenge?: string | undefined;
  leaseSeconds?: string | undefined;
  reason?: string | undefined;
}

/** The answer to a verification: 200 with the challenge echoed, or 404 to refuse. */
export type VerificationAnswer = { status: 200; body: string } | { status: 404 };

/** A content distribution request (WebSub §7), as received. */
export interface ContentPush {
  id: string;
  token: string;
  body: Uint8Array;
  contentType: string | null;
  /** The X-Hub-Signature header. */
  signature: string | null;
}

/** 'unknown': no such callback (404); 'ignored': acknowledged but not processed; 'accepted': processed. */
export type PushReceipt = 'unknown' | 'ignored' | 'accepted';

/**
 * Answers a hub's verification of intent: the challenge is echoed only for a callback we handed out,
 * on the topic we asked about, for the mode we asked for. A verified subscription becomes active
 * with its lease; `denied` records the hub's refusal; a verified unsubscribe removes the row.
 */
export async function answerVerification(deps: WebSubDeps, request: VerificationRequest): Promise<VerificationAnswer> {
  const sub = await findByCallback(deps, request.id, request.token);
  if (!sub || request.topic === undefined || request.topic !== sub.topicUrl) return { status: 404 };
  const now = deps.clock.now();
  if (request.mode === 'denied') {
    await updateSubscription(deps.db, sub.id, {
      state: 'denied',
      pendingMode: null,
      leaseExpiresAt: null,
      lastError: `the hub denied the subscription${request.reason ? `: ${request.reason.slice(0, 300)}` : ''}`,
      nextActionAt: addSeconds(now, WEBSUB_TIMING.rediscoverSeconds),
    });
    deps.logger.warn({ subscription_id: sub.id, feed_id: sub.feedId, reason: request.reason ?? null }, 'The WebSub hub denied the subscription.');
    return { status: 200, body: '' };
  }
  const challenge = request.challenge ?? '';
  if (challenge === '' || request.mode !== sub.pendingMode) return { status: 404 };
  if (request.mode === 'unsubscribe') {
    await deleteSubscription(deps.db, sub.id);
    return { status: 200, body: challenge };
  }
  if (sub.feedId === null) return { status: 404 };
  const leaseSeconds = leaseFrom(request.leaseSeconds) ?? sub.leaseSeconds ?? deps.leaseSeconds ?? WEBSUB_TIMING.defaultLeaseSeconds;
  await updateSubscription(deps.db, sub.id, {
    state: 'active',
    pendingMode: null,
    leaseSeconds,
    leaseExpiresAt: addSeconds(now, leaseSeconds),
    verifiedAt: now,
    lastError: null,
    nextActionAt: renewalTime(now, leaseSeconds),
  });
  deps.logger.info({ subscription_id: sub.id, feed_id: sub.feedId, lease_seconds: leaseSeconds }, 'The WebSub subscription is verified.');
  return { status: 200, body: challenge };
}

/**
 * Receives pushed content: only a body signed with the subscription's secret is processed (through
 * ingestPush); anything else is acknowledged but dropped, as WebSub §8 allows, and logged. The storing
 * of accepted items goes on after the answer; `onStoring` is handed that work.
 */
export async function receivePush(deps: WebSubDeps, push: ContentPush, onStoring?: (stored: Promise<void>) => void): Promise<PushReceipt> {
  const sub = await findByCallback(deps, push.id, push.token);
  if (!sub) return 'unknown';
  const log = { subscription_id: sub.id, feed_id: sub.feedId, bytes: push.body.byteLength };
  if (!verifySignature(push.body, sub.secret, push.signature)) {
    deps.logger.warn({ ...log, signed: push.signature !== null }, 'A WebSub push without a valid signature was ignored.');
    return 'ignored';
  }
  if (sub.state !== 'active' || sub.feedId === null) {
    deps.logger.warn({ ...log, state: sub.state }, 'A WebSub push for an inactive subscription was ignored.');
    return 'ignored';
  }
  const outcome = await ingestPush(deps, { feedId: sub.feedId, body: push.body, contentType: push.contentType, url: sub.topicUrl ?? '' });
  if (outcome.stored) onStoring?.(outcome.stored);
  return outcome.status === 'accepted' ? 'accepted' : 'ignored';
}

/** When a lease of `leaseSeconds` verified at `now` is renewed: a day before its end, or at half a short lease. */
export function renewalTime(now: Date, leaseSeconds: number): Date {
  return addSeconds(now, leaseSeconds - Math.min(WEBSUB_TIMING.renewBeforeSeconds, leaseSeconds / 2));
}

async function findByCallback(deps: WebSubDeps, id: string, token: string): Promise<WebSubSubscription | null> {
  if (!/^\d{1,15}$/.test(id)) return null;
  const sub = await getSubscription(deps.db, Number(id));
  if (!sub) return null;
  const given = Buffer.from(token);
  const expected = Buffer.from(sub.callbackToken);
  return given.length === expected.length && timingSafeEqual(given, expected) ? sub : null;
}

function leaseFrom(value: string | undefined): number | null {
  if (value === undefined || !/^\d{1,10}$/.test(value)) return null;
  const seconds = Number(value);
  return seconds > 0 ? seconds : null;
}
