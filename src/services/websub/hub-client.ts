import { Agent, type Dispatcher } from 'undici';
import { AllowList, createAddressGuard, createGuardedConnector, type DnsLookup } from '../../ingest/fetch/index.ts';
import { AppError, describeError } from '../../platform/errors.ts';

/** The hub's answer to a subscription request. */
export interface HubAnswer {
  status: number;
  /** The start of the body (hubs explain refusals there), at most 2,000 characters. */
  text: string;
}

/** Sends form-encoded requests to WebSub hubs. */
export interface HubClient {
  /** POSTs `fields` as application/x-www-form-urlencoded; failures (and refused addresses) throw AppError. */
  post(hubUrl: string, fields: Record<string, string>): Promise<HubAnswer>;
  close(): Promise<void>;
}

/** Settings of the hub client. */
export interface HubClientOptions {
  userAgent: string;
  timeoutMs: number;
  /** Internal hosts and ranges that may be reached after all; the feed fetcher's allow-list (default: none). */
  allow?: AllowList | readonly string[];
  /** Resolves host names; node's dns.lookup by default. */
  dnsLookup?: DnsLookup;
}

const MAX_ANSWER_CHARS = 2000;

/**
 * A small POST-only client for hubs. The feed fetcher speaks only GET, and a subscription request
 * must not follow redirects (a 3xx is reported as the hub's answer), so hubs get their own pool. The
 * hub URL comes from a feed, so it passes the same SSRF guard as every fetch: literals are checked
 * before sending, names when they are resolved, and the socket goes to the checked address.
 */
export function createHubClient(options: HubClientOptions): HubClient {
  const allow = options.allow instanceof AllowList ? options.allow : new AllowList(options.allow ?? []);
  const guard = createAddressGuard(allow, options.dnsLookup);
  const agent = new Agent({
    connections: 2,
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    connect: createGuardedConnector(guard, options.timeoutMs),
  });
  return {
    async post(hubUrl, fields) {
      let url: URL;
      try {
        url = new URL(hubUrl);
      } catch (cause) {
        throw new AppError('websub', 'invalid_hub', `the hub URL ${hubUrl} is not a URL`, { cause });
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new AppError('websub', 'invalid_hub', `the hub URL ${hubUrl} is not http(s)`);
      guard.checkUrl(url);
      try {
        const response = await agent.request({
          origin: url.origin,
          path: url.pathname + url.search,
          method: 'POST',
          headers: { 'user-agent': options.userAgent, 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams(fields).toString(),
          signal: AbortSignal.timeout(options.timeoutMs),
        });
        return { status: response.statusCode, text: await readStart(response.body) };
      } catch (cause) {
        // The guard's refusal (blocked_address) keeps its own code.
        if (cause instanceof AppError) throw cause;
        throw new AppError('websub', 'hub_unreachable', `the hub ${url.host} could not be reached: ${describeError(cause)}`, { cause });
      }
    },
    close: () => agent.close(),
  };
}

/** Reads at most MAX_ANSWER_CHARS of an answer and drops the rest. */
async function readStart(body: Dispatcher.ResponseData['body']): Promise<string> {
  let text = '';
  for await (const chunk of body) {
    text += Buffer.from(chunk as Uint8Array).toString('utf8');
    if (text.length >= MAX_ANSWER_CHARS) {
      body.destroy();
      break;
    }
  }
  return text.slice(0, MAX_ANSWER_CHARS);
}
