import type { FeedErrorCode } from '../../domain/feed-errors.ts';
import { AppError } from '../../platform/errors.ts';

// The fetch client's codes that are stored on the feed as they are.
const FETCH_CODES = new Set<string>(['timeout', 'dns', 'tls', 'network', 'too_large', 'too_many_redirects', 'blocked_address', 'invalid_url']);

/**
 * The stable code a failed refresh is stored with, from the error that stopped it: the fetch
 * client's codes mostly pass through, the parser's become `not_a_feed` or `parse_error`; anything
 * else (a bug, a lost database) is `internal`.
 */
export function refreshErrorCode(error: unknown): FeedErrorCode {
  if (!(error instanceof AppError)) return 'internal';
  if (error.module === 'fetch') {
    if (FETCH_CODES.has(error.code)) return error.code as FeedErrorCode;
    if (error.code === 'redirect_loop') return 'too_many_redirects';
    // A blocked address may be reported under another name by the address guard.
    if (/block|private|forbidden_address|ssrf/.test(error.code)) return 'blocked_address';
    if (error.code === 'bad_encoding') return 'parse_error';
    return 'network';
  }
  if (error.module === 'feeds') return error.code === 'not_a_feed' ? 'not_a_feed' : 'parse_error';
  return 'internal';
}
