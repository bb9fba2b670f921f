import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '../../src/platform/errors.ts';
import { refreshErrorCode } from '../../src/services/ingest/classify-error.ts';

const cases = [
  { name: 'fetch timeout', input: new AppError('fetch', 'timeout', 'no answer'), expected: 'timeout' },
  { name: 'fetch dns', input: new AppError('fetch', 'dns', 'not found'), expected: 'dns' },
  { name: 'fetch tls', input: new AppError('fetch', 'tls', 'bad cert'), expected: 'tls' },
  { name: 'fetch network', input: new AppError('fetch', 'network', 'refused'), expected: 'network' },
  { name: 'fetch too large', input: new AppError('fetch', 'too_large', 'big'), expected: 'too_large' },
  { name: 'fetch too many redirects', input: new AppError('fetch', 'too_many_redirects', 'loop'), expected: 'too_many_redirects' },
  { name: 'a redirect loop counts as too many redirects', input: new AppError('fetch', 'redirect_loop', 'loop'), expected: 'too_many_redirects' },
  { name: 'fetch blocked address', input: new AppError('fetch', 'blocked_address', 'private'), expected: 'blocked_address' },
  { name: 'an undecodable body is a parse error', input: new AppError('fetch', 'bad_encoding', 'x'), expected: 'parse_error' },
  { name: 'an unknown fetch code is a network error', input: new AppError('fetch', 'aborted', 'x'), expected: 'network' },
  { name: 'not a feed', input: new AppError('feeds', 'not_a_feed', 'html'), expected: 'not_a_feed' },
  { name: 'unparsable feed', input: new AppError('feeds', 'unparsable', 'x'), expected: 'parse_error' },
  { name: 'a store error is internal', input: new AppError('store', 'insert_failed', 'x'), expected: 'internal' },
  { name: 'a plain error is internal', input: new Error('bug'), expected: 'internal' },
];
for (const { name, input, expected } of cases) test(name, () => assert.equal(refreshErrorCode(input), expected));
