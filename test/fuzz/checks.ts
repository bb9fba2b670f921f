// The properties every fuzz case must hold: only AppErrors with a known code escape, every case ends
// within the deadline, and sanitised HTML holds only allowed markup and is stable under a second pass.
// The allow-lists mirror test/security/xss/sanitize-corpus.test.ts (kept separate so that either
// file can change its own checks).
import { parseHTML } from 'linkedom';
import { AppError } from '../../src/platform/errors.ts';
import { sanitizeArticleHtml } from '../../src/ingest/sanitize/index.ts';
import { CASE_DEADLINE_MS } from './budget.ts';

const TAGS = new Set([
  'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'figure', 'figcaption', 'img', 'a', 'strong', 'em', 'b', 'i', 'u', 's',
  'sub', 'sup', 'small', 'mark', 'br', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption', 'pre', 'code', 'time', 'cite', 'q',
  'abbr', 'dl', 'dt', 'dd',
]);
const ATTRIBUTES = new Set(['href', 'rel', 'src', 'srcset', 'alt', 'width', 'height', 'data-media', 'data-duration', 'colspan', 'rowspan', 'datetime', 'title', 'start']);
const URL_OK = /^(?:https?:\/\/|mailto:)/;

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

/** What in a piece of sanitised HTML is not allowed, as a browser-like parser reads it. */
export function problems(html: string): string[] {
  const found: string[] = [];
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (!TAGS.has(tag)) found.push(`<${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      if (!ATTRIBUTES.has(attr.name)) found.push(`${tag}[${attr.name}]`);
      const urls = attr.name === 'srcset' ? attr.value.split(',').map((c) => c.trim().split(/\s+/)[0]!) : attr.name === 'href' || attr.name === 'src' ? [attr.value] : [];
      for (const url of urls) if (!URL_OK.test(url)) found.push(`${tag}[${attr.name}=${url}]`);
    }
  }
  return found;
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
  const wrong = problems(html);
  if (wrong.length > 0) throw new Error(`disallowed markup ${wrong.join(', ')} in ${JSON.stringify(html)}`);
  const twice = within('sanitize', () => sanitizeArticleHtml(html, { baseUrl }))!;
  if (twice !== html) throw new Error(`a second pass changed the output:\n${JSON.stringify(html)}\n${JSON.stringify(twice)}`);
}
