import { AppError } from '../../platform/errors.ts';
import type { FetchErrorCode } from './types.ts';

/** An AppError of the fetch module. */
export function fetchError(code: FetchErrorCode, message: string, cause?: unknown): AppError {
  return new AppError('fetch', code, message, cause === undefined ? undefined : { cause });
}

/** A duration for people: "15 s", "0.5 s". */
export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/** A size for people: "10 MiB", "512 KiB", "300 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toFixed(1))} MiB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KiB`;
  return `${bytes} bytes`;
}

// Node's TLS certificate errors; any of them means the site's certificate is not trusted.
const TLS_CODES = /^(CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_|ERR_TLS_|ERR_SSL_|HOSTNAME_MISMATCH)/;

/** Every `code` on an error and its causes, outermost first (undici wraps the system error). */
function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    current = current.cause;
  }
  return codes;
}

/** The limits of one fetch, in ms, named in timeout messages. */
export interface Timeouts {
  totalMs: number;
  connectMs: number;
  headersMs: number;
}

/** Turns a failure of undici (or the socket below it) into an AppError a feed admin can read. */
export function networkError(error: unknown, url: URL, timeouts: Timeouts): AppError {
  const host = url.host;
  const codes = errorCodes(error);
  const has = (...wanted: string[]) => codes.some((c) => wanted.includes(c));
  if (has('UND_ERR_CONNECT_TIMEOUT', 'ETIMEDOUT')) {
    return fetchError('timeout', `could not connect to ${host} within ${formatSeconds(timeouts.connectMs)}`, error);
  }
  if (has('UND_ERR_HEADERS_TIMEOUT')) {
    return fetchError('timeout', `no answer from ${host} within ${formatSeconds(timeouts.headersMs)}`, error);
  }
  if (has('UND_ERR_BODY_TIMEOUT')) {
    return fetchError('timeout', `${host} stopped sending for ${formatSeconds(timeouts.headersMs)}`, error);
  }
  if (has('ENOTFOUND', 'EAI_AGAIN', 'EAI_NODATA', 'EAI_NONAME')) {
    return fetchError('dns', `the host name ${url.hostname} could not be found`, error);
  }
  const tls = codes.find((c) => TLS_CODES.test(c));
  if (tls) return fetchError('tls', `the secure connection to ${host} failed (${tls})`, error);
  if (has('ECONNREFUSED')) return fetchError('network', `${host} refused the connection`, error);
  if (has('EHOSTUNREACH', 'ENETUNREACH')) return fetchError('network', `${host} cannot be reached`, error);
  if (has('ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE')) {
    return fetchError('network', `the connection to ${host} was interrupted`, error);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return fetchError('network', `the request to ${host} failed (${detail})`, error);
}
