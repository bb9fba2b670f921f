// The rule for feedparser's sanitize/ tests: feedparser's expected string is its own sanitised HTML;
// we pass when our sanitiser removes every dangerous construct that feedparser removed and keeps the
// text. Our allow-list is narrower, so dropping harmless markup that feedparser keeps is not a failure.
import { htmlToText, sanitizeArticleHtml } from '../../src/ingest/sanitize/index.ts';
import { pyEquals, type PyValue } from './pyexpr.ts';
import { asString } from './result.ts';

const DANGEROUS: RegExp[] = [
  /<\s*(script|iframe|object|embed|applet|style|link|meta|base|frame|frameset|form|input|svg|math)\b/i,
  /\son[a-z]+\s*=/i,
  /(java|vb)script\s*:/i,
  /expression\s*\(/i,
  /-moz-binding/i,
  /data\s*:\s*text\/html/i,
  /\sstyle\s*=/i,
];

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** True when `ours` (raw HTML from the parser) sanitises to something as safe as `expected`, keeping its text. */
export function sanitizedLike(ours: string, expected: string, baseUrl: string): boolean {
  const clean = sanitizeArticleHtml(ours, { baseUrl });
  for (const pattern of DANGEROUS) if (pattern.test(clean) && !pattern.test(expected)) return false;
  return squash(htmlToText(clean)) === squash(htmlToText(expected));
}

/** An equality that applies the sanitiser rule to string pairs and Python's `==` to the rest. */
export function sanitizeEquals(baseUrl: string): (a: PyValue, b: PyValue) => boolean {
  return (a, b) => {
    const [ours, theirs] = [asString(a), asString(b)];
    return ours !== null && typeof b === 'string' && theirs !== null ? sanitizedLike(ours, theirs, baseUrl) : pyEquals(a, b);
  };
}
