// The properties every fuzz case must hold: only AppErrors with a known code escape, every case ends
// within the deadline, and sanitised HTML holds only allowed markup and is stable under a second pass.
import { disallowedMarkup } from '../helpers/allowed-markup.ts';
import { AppError } from '../../src/platform/errors.ts';
import { sanitizeArticleHtml } from '../../src/ingest/sanitize/index.ts';
import { CASE_DEADLINE_MS } from './budget.ts';


/** The error codes each module may throw for bad input; anything else is a crash. */
export const EXPECTED_CODES: Record<string, ReadonlySet<string>> = {
  feeds: new Set(['not_a_feed', 'unparsable']),
  extract: new Set(['empty', 'not_html', 'too_large']),
};

/**
 * Runs `work` and returns its result, or null when it threw an AppError of `module` with an expected
 * code; rethrows anything else. Throws when the case took longer than the deadline.
 */
export function within<T>(module: string, work: () => T): T | null {
  const start = performance.now();
  let result: T | null = null;
  try {
    result = work();
  } catch (error) {
    const known = error instanceof AppError && error.module === module && EXPECTED_CODES[module]?.has(error.code);
    if (!known) throw error;
  }
  const took = performance.now() - start;
  if (took > CASE_DEADLINE_MS) throw new Error(`one case took ${Math.round(took)} ms (deadline ${CASE_DEADLINE_MS} ms)`);
  return result;
}


/**
 * Sanitises `html` (within the deadline), then throws when the result holds anything disallowed or
 * a second pass changes it. Returns the sanitised HTML.
 */
export function assertSafeSanitised(html: string, baseUrl: string): string {
  const once = within('sanitize', () => sanitizeArticleHtml(html, { baseUrl }))!;
  assertSafeOutput(once, baseUrl);
  return once;
}

/** Throws when HTML that the sanitiser already produced holds anything disallowed or is not stable. */
export function assertSafeOutput(html: string, baseUrl: string): void {
  const wrong = disallowedMarkup(html);
  if (wrong.length > 0) throw new Error(`disallowed markup ${wrong.join(', ')} in ${JSON.stringify(html)}`);
  const twice = within('sanitize', () => sanitizeArticleHtml(html, { baseUrl }))!;
  if (twice !== html) throw new Error(`a second pass changed the output:\n${JSON.stringify(html)}\n${JSON.stringify(twice)}`);
}
