import { Agent, type Dispatcher } from 'undici';
import { AllowList } from '../../domain/allow-list.ts';
import { systemClock, type Clock } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { abandonBody, readBody } from './body.ts';
import { startDeadline, type Deadline } from './deadline.ts';
import { fetchError, formatBytes, formatSeconds, networkError, type Timeouts } from './errors.ts';
import { parseRetryAfter } from './retry-after.ts';
import { createGuardedConnector } from './ssrf/connector.ts';
import { createAddressGuard, type AddressGuard } from './ssrf/guard.ts';
import type { FetchOptions, FetchResult, HttpClient, HttpClientOptions, RedirectHop, UrlCheck } from './types.ts';
import { parseHttpUrl, resolveLocation } from './url.ts';

/** Defaults of {@link HttpClientOptions}. */
export const HTTP_CLIENT_DEFAULTS = {
  userAgent: 'Presseschau/0.1',
  timeoutMs: 15_000,
  connectTimeoutMs: 10_000,
  headersTimeoutMs: 15_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  maxConnectionsPerHost: 2,
} as const;

interface Settings {
  userAgent: string;
  timeouts: Timeouts;
  maxBytes: number;
  maxRedirects: number;
  checkUrl: UrlCheck | undefined;
  guard: AddressGuard;
  clock: Clock;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Creates an HTTP client over one undici connection pool; close it when done. Internal addresses
 * (loopback, private, link-local, …) are refused unless `allow` opens them.
 */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const timeoutMs = options.timeoutMs ?? HTTP_CLIENT_DEFAULTS.timeoutMs;
  const timeouts: Timeouts = {
    totalMs: timeoutMs,
    connectMs: Math.min(options.connectTimeoutMs ?? HTTP_CLIENT_DEFAULTS.connectTimeoutMs, timeoutMs),
    headersMs: Math.min(options.headersTimeoutMs ?? HTTP_CLIENT_DEFAULTS.headersTimeoutMs, timeoutMs),
  };
  const allow = options.allow instanceof AllowList ? options.allow : new AllowList(options.allow ?? []);
  const guard = createAddressGuard(allow, options.dnsLookup);
  const settings: Settings = {
    userAgent: options.userAgent ?? HTTP_CLIENT_DEFAULTS.userAgent,
    timeouts,
    maxBytes: options.maxBytes ?? HTTP_CLIENT_DEFAULTS.maxBytes,
    maxRedirects: options.maxRedirects ?? HTTP_CLIENT_DEFAULTS.maxRedirects,
    checkUrl: options.checkUrl,
    guard,
    clock: options.clock ?? systemClock,
  };
  // A step timeout as long as the total would race the deadline; the deadline then speaks alone.
  const stepTimeout = (ms: number) => (ms < timeoutMs ? ms : timeoutMs + 1000);
  const agent = new Agent({
    connections: options.maxConnectionsPerHost ?? HTTP_CLIENT_DEFAULTS.maxConnectionsPerHost,
    headersTimeout: stepTimeout(timeouts.headersMs),
    bodyTimeout: stepTimeout(timeouts.headersMs),
    connect: createGuardedConnector(guard, stepTimeout(timeouts.connectMs)),
  });
  return {
    fetch: (url, fetchOptions) => fetchUrl(agent, settings, url, fetchOptions ?? {}),
    close: () => agent.close(),
  };
}

function requestHeaders(settings: Settings, options: FetchOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': settings.userAgent,
    accept: options.accept ?? '*/*',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  return headers;
}

/**
 * Fetches hop by hop: redirects are followed here rather than inside undici so that every hop is
 * checked (checkUrl, loops, count) before anything is sent to it.
 */
async function fetchUrl(agent: Agent, settings: Settings, rawUrl: string, options: FetchOptions): Promise<FetchResult> {
  let url = parseHttpUrl(rawUrl);
  const headers = requestHeaders(settings, options);
  const deadline = startDeadline(settings.timeouts.totalMs, options.signal);
  const redirects: RedirectHop[] = [];
  const seen = new Set([withoutHash(url)]);
  try {
    for (;;) {
      // Literal addresses never reach DNS, so they are checked here; names again when connecting.
      settings.guard.checkUrl(url);
      await settings.checkUrl?.(url);
      const response = await agent.request({
        origin: url.origin,
        path: url.pathname + url.search,
        method: 'GET',
        headers,
        signal: deadline.signal,
      });
      const location = headerValue(response.headers, 'location');
      if (!REDIRECT_STATUSES.has(response.statusCode) || !location) {
        return await finish(response, url, redirects, settings);
      }
      await discard(response.body);
      const next = resolveLocation(location, url);
      redirects.push({ status: response.statusCode, from: url.href, to: next.href });
      if (seen.has(withoutHash(next))) {
        throw fetchError('redirect_loop', `${url.host} redirects in a loop (back to ${next.href})`);
      }
      if (redirects.length > settings.maxRedirects) {
        throw fetchError('too_many_redirects', `${url.host} redirected more than ${settings.maxRedirects} times`);
      }
      seen.add(withoutHash(next));
      url = next;
    }
  } catch (error) {
    throw explain(error, url, deadline, settings.timeouts);
  } finally {
    deadline.clear();
  }
}

/** Reads the final answer into a FetchResult, refusing a declared size over the cap before reading. */
async function finish(
  response: Dispatcher.ResponseData,
  url: URL,
  redirects: RedirectHop[],
  settings: Settings,
): Promise<FetchResult> {
  const headers = flattenHeaders(response.headers);
  const declared = Number(headers['content-length'] ?? NaN);
  if (declared > settings.maxBytes) {
    abandonBody(response.body);
    const message = `the answer from ${url.host} is larger than ${formatBytes(settings.maxBytes)} (${formatBytes(declared)})`;
    throw fetchError('too_large', message);
  }
  const body = await readBody(response.body, {
    contentEncoding: headers['content-encoding'] ?? null,
    maxBytes: settings.maxBytes,
    host: url.host,
  });
  return {
    status: response.statusCode,
    url: url.href,
    redirects,
    headers,
    contentType: headers['content-type'] ?? null,
    body,
    notModified: response.statusCode === 304,
    etag: headers['etag'] ?? null,
    lastModified: headers['last-modified'] ?? null,
    retryAfterSeconds: parseRetryAfter(headers['retry-after'], settings.clock.now()),
  };
}

/**
 * Turns whatever went wrong into an AppError of this module. Our own errors pass through, also when
 * undici wraps them (the guard refuses inside the connector).
 */
function explain(error: unknown, url: URL, deadline: Deadline, timeouts: Timeouts): AppError {
  const own = findAppError(error);
  if (own) return own;
  if (deadline.timedOut) {
    return fetchError('timeout', `no answer from ${url.host} within ${formatSeconds(timeouts.totalMs)}`, error);
  }
  if (deadline.cancelled) return fetchError('aborted', `the fetch of ${url.href} was cancelled`, error);
  return networkError(error, url, timeouts);
}

function findAppError(error: unknown): AppError | null {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    if (current instanceof AppError) return current;
    current = current.cause;
  }
  return null;
}

/** Reads and drops a body we do not need (a redirect's), so the connection can be reused. */
async function discard(body: Dispatcher.ResponseData['body']): Promise<void> {
  try {
    await body.dump();
  } catch {
    abandonBody(body);
  }
}

function withoutHash(url: URL): string {
  return url.href.replace(/#.*$/, '');
}

function headerValue(headers: Dispatcher.ResponseData['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function flattenHeaders(headers: Dispatcher.ResponseData['headers']): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
