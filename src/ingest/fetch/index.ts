export { createHttpClient, HTTP_CLIENT_DEFAULTS } from './client.ts';
export { fetchDocument } from './document.ts';
export type { DocumentResult } from './document.ts';
export { parseRetryAfter } from './retry-after.ts';
export { parseHttpUrl, resolveLocation } from './url.ts';
export { AllowList } from '../../domain/allow-list.ts';
export { createAddressGuard } from './ssrf/guard.ts';
export { createGuardedConnector } from './ssrf/connector.ts';
export type { DnsLookup, ResolvedAddress } from './ssrf/guard.ts';
export type {
  FetchErrorCode,
  FetchOptions,
  FetchResult,
  HttpClient,
  HttpClientOptions,
  RedirectHop,
  UrlCheck,
} from './types.ts';
