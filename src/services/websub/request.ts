import { AppError, describeError } from '../../platform/errors.ts';
import { deleteSubscription, updateSubscription, type WebSubMode, type WebSubSubscription } from '../../store/index.ts';
import { addSeconds, callbackUrl, WEBSUB_TIMING, type WebSubDeps } from './deps.ts';

/**
 * Asks the subscription's hub to subscribe or unsubscribe (WebSub §5.1). The row is updated first,
 * because a hub may call back to verify before it even answers the request. Returns true when the hub
 * accepted the request (it verifies later); a refusal or failure is stored on the row.
 */
export async function sendHubRequest(deps: WebSubDeps, sub: WebSubSubscription, mode: WebSubMode): Promise<boolean> {
  if (!sub.hubUrl || !sub.topicUrl) return false;
  const now = deps.clock.now();
  const leaseSeconds = deps.leaseSeconds ?? WEBSUB_TIMING.defaultLeaseSeconds;
  await updateSubscription(deps.db, sub.id, {
    pendingMode: mode,
    requestedAt: now,
    // A renewal keeps the live subscription 'active' while the hub re-verifies it.
    state: mode === 'unsubscribe' ? 'unsubscribing' : sub.state === 'active' ? 'active' : 'pending',
    ...(mode === 'subscribe' ? { leaseSeconds } : {}),
    nextActionAt: addSeconds(now, mode === 'subscribe' ? WEBSUB_TIMING.verifyWaitSeconds : WEBSUB_TIMING.unsubscribeWaitSeconds),
  });
  const fields: Record<string, string> = {
    'hub.mode': mode,
    'hub.topic': sub.topicUrl,
    // Renewals reuse callback and secret: hubs key a subscription on (topic, callback).
    'hub.callback': callbackUrl(deps.publicUrl, sub.id, sub.callbackToken),
  };
  if (mode === 'subscribe') {
    fields['hub.secret'] = sub.secret;
    fields['hub.lease_seconds'] = String(leaseSeconds);
  }
  const log = { subscription_id: sub.id, feed_id: sub.feedId, hub: sub.hubUrl, topic: sub.topicUrl, mode };
  let error: string;
  try {
    const answer = await deps.hub.post(sub.hubUrl, fields);
    if (answer.status >= 200 && answer.status <= 299) {
      // A hub may verify before its answer arrives: a verified unsubscribe has removed the row by then.
      await updateSubscription(deps.db, sub.id, { lastError: null }).catch((error: unknown) => {
        if (!(mode === 'unsubscribe' && error instanceof AppError && error.code === 'subscription_not_found')) throw error;
      });
      deps.logger.info({ ...log, status: answer.status }, 'The WebSub hub accepted the request.');
      return true;
    }
    error = `the hub answered HTTP ${answer.status}${answer.text.trim() ? `: ${answer.text.trim().slice(0, 300)}` : ''}`;
  } catch (cause) {
    error = describeError(cause);
  }
  deps.logger.warn({ ...log, error }, 'The WebSub hub refused or failed the request.');
  await recordRefusal(deps, sub, mode, error, now);
  return false;
}

async function recordRefusal(deps: WebSubDeps, sub: WebSubSubscription, mode: WebSubMode, error: string, now: Date): Promise<void> {
  if (mode === 'unsubscribe') {
    // We tried; without renewals the hub's lease runs out on its own.
    await deleteSubscription(deps.db, sub.id);
    return;
  }
  const leaseLeft = sub.state === 'active' && sub.leaseExpiresAt !== null && new Date(sub.leaseExpiresAt) > now;
  await updateSubscription(deps.db, sub.id, {
    pendingMode: null,
    lastError: error,
    // A live subscription keeps receiving while its renewal is retried soon; anything else waits longer.
    state: leaseLeft ? 'active' : 'failed',
    nextActionAt: addSeconds(now, leaseLeft ? WEBSUB_TIMING.retrySeconds : WEBSUB_TIMING.failedRetrySeconds),
  });
}
