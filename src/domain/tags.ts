import { slugOrEmpty } from './slug.ts';

/** A tag as ingest hands it to the store: the slug that identifies it and the name it is shown with. */
export interface TagInput {
  slug: string;
  name: string;
}

/** Longest tag name kept; longer "tags" are sentences or keyword dumps, not topics. */
export const TAG_NAME_MAX = 60;
/** Most tags kept per article; publishers that list dozens of keywords add noise, not topics. */
export const TAGS_PER_ARTICLE = 12;
const TAG_SLUG_MAX = 60;

// Control and format characters (zero-width joiners, bidi marks) never belong in a shown name.
// eslint-disable-next-line no-control-regex -- the control characters are what this removes
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/** The shown name of a tag: invisible characters removed, whitespace collapsed; null when nothing or too much is left. */
export function tagName(raw: string): string | null {
  const name = raw.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  if (!name || name.length > TAG_NAME_MAX) return null;
  return name;
}

/** The slug of a tag name: lower case, umlauts spelled out ("Bürgergeld" → "buergergeld"); '' when no letter or digit is left. */
export function tagSlug(name: string): string {
  return slugOrEmpty(name, TAG_SLUG_MAX);
}

/**
 * The tags of an article from the raw names a feed item and a page give, in that order: names that
 * fold to the same slug ("Klima", "klima", "KLIMA") are one tag shown with the first spelling;
 * keyword lists in one string ("Klima, Energie; Wetter") are split; at most TAGS_PER_ARTICLE.
 */
export function collectTags(raws: readonly string[]): TagInput[] {
  const seen = new Map<string, TagInput>();
  for (const raw of raws.flatMap((r) => r.split(/[,;]/))) {
    const name = tagName(raw);
    if (!name) continue;
    const slug = tagSlug(name);
    if (!slug || seen.has(slug)) continue;
    seen.set(slug, { slug, name });
    if (seen.size >= TAGS_PER_ARTICLE) break;
  }
  return [...seen.values()];
}
