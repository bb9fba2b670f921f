// How extracted metadata is compared with the ground truth. Lenient for the trafilatura corpus (whose
// annotations are written by hand), exact for Readability's (whose expectations are Readability's own output).
import { normalizeDate } from '../../src/ingest/extract/index.ts';
import { collapseSpace } from './metrics.ts';

const HOUR = 3_600_000;

function folded(text: string | null): string {
  return collapseSpace(text ?? '').toLowerCase();
}

/** Titles match when, whitespace collapsed and case ignored, either contains the other. */
export function titleMatches(expected: string, got: string | null): boolean {
  const a = folded(expected);
  const b = folded(got);
  return a !== '' && b !== '' && (a.includes(b) || b.includes(a));
}

/** Surnames of an author field: the last word of each name ("A B und C D" → b, d). */
export function surnames(authors: string): string[] {
  return folded(authors)
    .split(/\s*(?:,|;|&|\/|\bund\b|\band\b)\s*/u)
    .map((name) => name.match(/[\p{L}\p{N}'’-]+/gu)?.pop() ?? '')
    .filter((word) => word.length >= 2);
}

/** Authors match when either field contains the other, or a surname of the expected authors is a word of ours. */
export function authorMatches(expected: string, got: string | null): boolean {
  const a = folded(expected);
  const b = folded(got);
  if (a === '' || b === '') return false;
  if (a.includes(b) || b.includes(a)) return true;
  const words = new Set(b.match(/[\p{L}\p{N}'’-]+/gu) ?? []);
  return surnames(expected).some((surname) => words.has(surname));
}

/**
 * A date matches a calendar day (YYYY-MM-DD) when its instant falls on that day in some time zone
 * between UTC−12 and UTC+14: a page's day is its publisher's local day, which a UTC instant alone
 * cannot tell. A date without zone is read as UTC.
 */
export function sameDay(day: string, got: string | null): boolean {
  const instant = normalizeDate(got);
  const start = Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
  if (!instant || !Number.isFinite(start)) return false;
  const ms = Date.parse(instant);
  return ms >= start - 14 * HOUR && ms < start + 24 * HOUR + 12 * HOUR;
}

/**
 * Readability's `publishedTime` against ours: when the expectation has a time of day, the same instant
 * to the second (a time without zone read as UTC on both sides); when it is a bare day, {@link sameDay}.
 */
export function sameTime(expected: string, got: string | null): boolean {
  if (/^\s*\d{4}-\d{2}-\d{2}\s*$/.test(expected)) return sameDay(expected.trim(), got);
  const a = normalizeDate(expected);
  const b = normalizeDate(got);
  return a !== null && b !== null && Math.floor(Date.parse(a) / 1000) === Math.floor(Date.parse(b) / 1000);
}

/** Exact match after collapsing whitespace (titles, bylines, site names). */
export function sameText(expected: string, got: string | null): boolean {
  return got !== null && collapseSpace(expected) === collapseSpace(got);
}

/** Language tags match ignoring case (BCP 47 tags are case-insensitive), "en_US" read as "en-US". */
export function sameLang(expected: string, got: string | null): boolean {
  const norm = (tag: string) => tag.trim().toLowerCase().replace(/_/g, '-');
  return got !== null && norm(expected) === norm(got);
}
