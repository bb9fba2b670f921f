import { slugOrEmpty } from './slug.ts';

/** An author as ingest hands it to the store: slug, shown name, and whether it is a news agency. */
export interface AuthorInput {
  slug: string;
  name: string;
  agency: boolean;
}

/** Most authors kept per article: a longer list is a credits block, not a byline. */
export const AUTHORS_PER_ARTICLE = 6;
const AUTHOR_SLUG_MAX = 60;
const NAME_MAX = 60;
const NAME_MAX_WORDS = 5;

// News agencies by the short names bylines use; they are credited but are not people.
const AGENCIES = new Map<string, string>(
  [
    'dpa', 'AFP', 'Reuters', 'AP', 'KNA', 'epd', 'SID', 'APA', 'dts', 'EFE', 'ANSA', 'Keystone-SDA', 'SDA', 'KNA', 'idea',
    'dpa-AFX', 'Bloomberg', 'AFP/dpa', 'ddp', 'EPA', 'UPI', 'PA', 'Kyodo', 'Xinhua', 'TASS', 'Interfax',
  ].map((name) => [name.toLowerCase(), name]),
);

// Separators between names: "A und B", "A and B", "A & B", "A, B", "A; B", "A/B" (agency pairs "dpa/AFP").
const SEPARATORS = /\s*(?:,|;|\s&\s|\/|\s\+\s|\bund\b|\band\b|\bsowie\b)\s*/iu;
// A lead-in left in the byline ("Von", "By", "Text:"), which is not part of a name.
const LEAD_IN = /^(?:von|by|text|autor(?:in)?|author)\s*:?\s+/iu;
// E-mail addresses and bracketed asides ("<hm@example>", "(Reporterin)") are not names.
const ASIDES = /<[^>]*>|\([^)]*\)|\[[^\]]*\]|\S+@\S+/gu;

/** Whether a name is a news agency's ("dpa", "AFP", "Reuters"). */
export function isAgency(name: string): boolean {
  return AGENCIES.has(name.toLowerCase());
}

/**
 * The authors named in a byline: "Jana Reuter und Tim Ost", "Jana Reuter, Tim Ost", "Jana Reuter
 * and Tim Ost", with agencies ("dpa/AFP") marked as such. Pieces that cannot be a name (no letter,
 * more than five words, e-mail addresses) are dropped; the same name twice counts once.
 */
export function splitByline(byline: string | null | undefined): AuthorInput[] {
  const text = (byline ?? '').replace(ASIDES, ' ').replace(/\s+/g, ' ').trim().replace(LEAD_IN, '');
  const found = new Map<string, AuthorInput>();
  for (const piece of text.split(SEPARATORS)) {
    const name = cleanName(piece);
    if (!name) continue;
    const slug = slugOrEmpty(name, AUTHOR_SLUG_MAX);
    if (!slug || found.has(slug)) continue;
    const agency = isAgency(name);
    found.set(slug, { slug, name: agency ? (AGENCIES.get(name.toLowerCase()) ?? name) : name, agency });
    if (found.size >= AUTHORS_PER_ARTICLE) break;
  }
  return [...found.values()];
}

function cleanName(piece: string | undefined): string | null {
  // Quotes around a nickname ('Hanna "HM" Meerbusch') and dangling punctuation are not part of the name.
  const name = (piece ?? '').replace(/["„“”»«]/g, '').replace(/\s+/g, ' ').replace(/^[\s.:–-]+|[\s.:–-]+$/g, '').trim();
  if (!name || name.length > NAME_MAX || !/\p{L}/u.test(name)) return null;
  if (name.split(' ').length > NAME_MAX_WORDS) return null;
  return name;
}
