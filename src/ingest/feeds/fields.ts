import type { ParsedEnclosure, ParsedItem } from '../../domain/feed.ts';
import type { XmlElement } from './xml/tree.ts';
import { literalText, plainText } from './text.ts';

/** What every format reader needs besides the document: the feed URL and a list to report problems to. */
export interface FeedContext {
  /** The URL the feed was fetched from; the last base for relative links. */
  url: string;
  problems: string[];
  /** Items read while the document was still being parsed (see rss/early-items.ts), by element. */
  early?: ReadonlyMap<XmlElement, ParsedItem>;
}

/** Category names as plain text, trimmed, without empty ones or repeats (first spelling kept). */
export function uniqueCategories(values: Array<string | null | undefined>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const name = plainText(value);
    if (!name || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    out.push(name);
  }
  return out;
}

/** A byte count from an attribute; null when missing, not a number or not positive ("0" means unknown). */
export function parseLength(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

/** Enclosures without repeats of the same URL; a repeat may fill in a type or length the first lacked. */
export function uniqueEnclosures(list: Array<ParsedEnclosure | null>): ParsedEnclosure[] {
  const byUrl = new Map<string, ParsedEnclosure>();
  for (const enclosure of list) {
    if (!enclosure) continue;
    const known = byUrl.get(enclosure.url);
    if (!known) byUrl.set(enclosure.url, { ...enclosure });
    else {
      known.type ??= enclosure.type;
      known.length ??= enclosure.length;
    }
  }
  return [...byUrl.values()];
}

/** A MIME type as lower case, or null when empty. */
export function mimeType(value: string | null | undefined): string | null {
  const type = value?.trim().toLowerCase();
  return type ? type : null;
}

/**
 * A person as feeds write them, reduced to the name: RSS `author` is "mail@example.org (Name)" by
 * the spec and "Name <mail@example.org>" in practice; a bare address is kept as it is.
 */
export function personName(raw: string | null | undefined): string | null {
  const text = literalText(raw);
  if (!text) return null;
  const inParens = /^\S+@\S+\s*\((.+)\)$/.exec(text);
  if (inParens) return literalText(inParens[1]);
  const inAngles = /^(.+?)\s*<\S+@\S+>$/.exec(text);
  if (inAngles) return literalText(inAngles[1]!.replace(/^"|"$/g, ''));
  return text;
}

/** Several authors as one display string ("A, B"), without repeats; null when there are none. */
export function joinNames(names: Array<string | null | undefined>): string | null {
  const unique = [...new Set(names.filter((n): n is string => !!n))];
  return unique.length > 0 ? unique.join(', ') : null;
}

/** A language tag as BCP 47 writes it ("en_US" → "en-US"); null when empty. */
export function languageTag(value: string | null | undefined): string | null {
  const text = literalText(value);
  return text ? text.replace(/_/g, '-') : null;
}
