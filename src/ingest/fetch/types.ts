import type { AllowList } from '../../domain/allow-list.ts';
import type { Clock } from '../../platform/clock.ts';
import type { DnsLookup } from './ssrf/guard.ts';

/**
 * A check run on every URL before it is requested (the first one and every redirect hop); it throws
 * to refuse the URL. It runs after the client's own address guard.
 */
export type UrlCheck = (url: URL) => void | Promise<void>;

/** Settings of an HTTP client; every field has a default. */
export interface HttpClientOptions {
  /** Sent as User-Agent on every request. Default: `Presseschau/0.1`. */
  userAgent?: string;
  /** Total time for one fetch, all redirect hops and the body included, in ms. Default: 15000. */
  timeoutMs?: number;
  /** Time to resolve the host and open the connection (TLS included), in ms. Default: 10000. */
  connectTimeoutMs?: number;
  /** Time to wait for the response headers, and at most between two pieces of the body, in ms. Default: 15000. */
  headersTimeoutMs?: number;
  /** Largest accepted body after decompression, in bytes. Default: 10 MiB. */
  maxBytes?: number;
  /** Redirects followed before giving up. Default: 5. */
  maxRedirects?: number;
  /** Open connections per origin, so one slow site cannot hog the pool. Default: 2. */
  maxConnectionsPerHost?: number;
  /** Called on every URL before it is requested; see {@link UrlCheck}. */
  checkUrl?: UrlCheck;
  /**
   * Internal hosts and ranges that may be fetched all the same (host names, `*.domain`, IPs, CIDR
   * ranges, each optionally with `:port`). Every other internal address is refused. An AllowList
   * object can still be extended after the client is made. Default: none.
   */
  allow?: AllowList | readonly string[];
  /** Resolves host names to all their addresses; node's dns.lookup by default (tests pass their own). */
  dnsLookup?: DnsLookup;
  /** Source of the current time, used to turn a Retry-After date into seconds. */
  clock?: Clock;
}

/** Options of one fetch. */
export interface FetchOptions {
  /** ETag of the copy we hold; sent as If-None-Match. */
  etag?: string | null;
  /** Last-Modified of the copy we hold; sent as If-Modified-Since. */
  lastModified?: string | null;
  /** Accept header. Default: any media type. */
  accept?: string;
  /** Cancels the fetch. */
  signal?: AbortSignal;
}

/** One redirect that was followed. */
export interface RedirectHop {
  status: number;
  from: string;
  to: string;
}

/** The answer to a fetch, whatever its status; the body is already decompressed. */
export interface FetchResult {
  status: number;
  /** The final URL, after redirects. */
  url: string;
  redirects: RedirectHop[];
  /** Response headers of the final answer, names in lower case, repeated headers joined with ", ". */
  headers: Record<string, string>;
  contentType: string | null;
  body: Uint8Array;
  /** True for 304 Not Modified: the copy we hold is current. */
  notModified: boolean;
  etag: string | null;
  lastModified: string | null;
  /** Retry-After in seconds (from either the seconds or the HTTP-date form), or null. */
  retryAfterSeconds: number | null;
}

/** A small HTTP client with limits, meant to be made once and shared. */
export interface HttpClient {
  /** Fetches a URL with GET; non-2xx answers are returned, failures throw AppError('fetch', …). */
  fetch(url: string, options?: FetchOptions): Promise<FetchResult>;
  /** Closes all pooled connections. */
  close(): Promise<void>;
}

/** The codes of AppError('fetch', code, …) thrown by the client. */
export type FetchErrorCode =
  | 'invalid_url'
  | 'timeout'
  | 'too_large'
  | 'too_many_redirects'
  | 'redirect_loop'
  | 'dns'
  | 'tls'
  | 'network'
  | 'bad_encoding'
  | 'blocked_address'
  | 'aborted';
