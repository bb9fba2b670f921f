import type { Config } from '../config/config.ts';
import { createHttpClient } from '../ingest/fetch/index.ts';
import { AppError } from '../platform/errors.ts';

/** A fetched page as `extract --url` needs it. */
export interface FetchedPage {
  bytes: Uint8Array;
  contentType: string | null;
  url: string;
}

/**
 * Fetches one page with the configured HTTP client (timeouts, size cap, redirects), for
 * `presseschau extract --url`. A non-2xx answer is an error.
 */
export async function fetchPage(config: Config, url: string): Promise<FetchedPage> {
  const http = createHttpClient({
    allow: config.fetch.allow,
    userAgent: config.fetch.userAgent,
    timeoutMs: config.fetch.timeoutMs,
    maxBytes: config.fetch.maxBytes,
    maxConnectionsPerHost: config.fetch.maxConnectionsPerHost,
  });
  try {
    const response = await http.fetch(url, { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' });
    if (response.status < 200 || response.status > 299) {
      throw new AppError('app', 'page_unavailable', `${url} answered HTTP ${response.status}`);
    }
    return { bytes: response.body, contentType: response.contentType, url: response.url };
  } finally {
    await http.close();
  }
}
