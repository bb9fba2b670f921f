// WebSub (W3C Recommendation, formerly PubSubHubbub): hubs push new items instead of waiting for a poll.
import { answerVerification, receivePush, type ContentPush, type PushReceipt, type VerificationAnswer, type VerificationRequest } from './callback.ts';
import type { WebSubDeps } from './deps.ts';
import { maintainSubscriptions, type WebSubPassSummary } from './maintain.ts';

export { createHubClient, type HubClient, type HubClientOptions, type HubAnswer } from './hub-client.ts';
export { discoverHub, type HubLinks } from './discover-hub.ts';
export { verifySignature, signBody } from './signature.ts';
export { callbackPath, callbackUrl, WEBSUB_TIMING, type WebSubDeps } from './deps.ts';
export type { ContentPush, PushReceipt, VerificationAnswer, VerificationRequest, WebSubPassSummary };

/** What the site's callback route needs. */
export interface WebSubCallbacks {
  /** Answers a hub's GET (verification of intent or denial). */
  verify(request: VerificationRequest): Promise<VerificationAnswer>;
  /** Takes a hub's POST (content distribution). */
  receive(push: ContentPush): Promise<PushReceipt>;
  /** Largest pushed body accepted, in bytes. */
  maxBodyBytes: number;
}

/** The WebSub use cases over one set of dependencies: the callbacks for the site and the maintenance pass. */
export interface WebSub extends WebSubCallbacks {
  /** One maintenance pass (discovery, renewal, unsubscribe of removed feeds). */
  maintain(): Promise<WebSubPassSummary>;
  /** Resolves when the pushed items received so far are stored (for a clean shutdown, and for tests). */
  idle(): Promise<void>;
}

/** Binds the WebSub use cases to their dependencies. */
export function createWebSub(deps: WebSubDeps, options: { maxBodyBytes: number }): WebSub {
  const storing = new Set<Promise<void>>();
  const track = (work: Promise<void>): void => {
    storing.add(work);
    void work.finally(() => storing.delete(work));
  };
  return {
    verify: (request) => answerVerification(deps, request),
    receive: (push) => receivePush(deps, push, track),
    maintain: () => maintainSubscriptions(deps),
    idle: async () => {
      while (storing.size > 0) await Promise.all([...storing]);
    },
    maxBodyBytes: options.maxBodyBytes,
  };
}
