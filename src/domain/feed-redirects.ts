// When a feed moves: permanent redirects are adopted once they are seen consistently.

/** One followed redirect, as the fetch result lists it. */
export interface RedirectStep {
  status: number;
  from: string;
  to: string;
}

/** Refreshes in a row that must show the same permanent target before the feed's URL moves. */
export const REDIRECT_CONFIRMATIONS = 2;

const PERMANENT = new Set([301, 308]);

/**
 * Where the feed has permanently moved to: the end of the leading run of 301/308 hops. A temporary
 * hop (302, 303, 307) ends the run, since what lies behind it may change (RFC 9110, 15.4); null
 * when the first hop is temporary or there is none.
 */
export function permanentTarget(redirects: readonly RedirectStep[]): string | null {
  let target: string | null = null;
  for (const hop of redirects) {
    if (!PERMANENT.has(hop.status)) break;
    target = hop.to;
  }
  return target;
}

/** What to do with the feed's URL after a refresh, and the pending target to remember. */
export interface RedirectDecision {
  /** The URL to move the feed to now, or null to stay. */
  moveTo: string | null;
  pendingTarget: string | null;
  pendingCount: number;
}

/**
 * Counts consecutive refreshes that were permanently redirected to the same target and moves the
 * feed once the count reaches REDIRECT_CONFIRMATIONS; a refresh without that redirect starts over,
 * so a misconfigured server that redirects now and then never moves a feed.
 */
export function decideRedirect(input: {
  currentUrl: string;
  redirects: readonly RedirectStep[];
  pendingTarget: string | null;
  pendingCount: number;
}): RedirectDecision {
  const target = permanentTarget(input.redirects);
  if (target === null || target === input.currentUrl) return { moveTo: null, pendingTarget: null, pendingCount: 0 };
  const count = target === input.pendingTarget ? input.pendingCount + 1 : 1;
  if (count >= REDIRECT_CONFIRMATIONS) return { moveTo: target, pendingTarget: null, pendingCount: 0 };
  return { moveTo: null, pendingTarget: target, pendingCount: count };
}
