const GERMAN_FOLDS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue' };

/** A URL-safe slug from a title: German umlauts spelled out, other accents dropped, at most `max` chars. */
export function slugify(text: string, max = 80): string {
  return slugOrEmpty(text, max) || 'artikel';
}

/** Like `slugify`, but an empty string when nothing usable is left (for names that need a slug of their own). */
export function slugOrEmpty(text: string, max = 80): string {
  const folded = text
    .replace(/[äöüßÄÖÜ]/g, (c) => GERMAN_FOLDS[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = folded.slice(0, max).replace(/-+[^-]*$/, (m) => (folded.length > max ? '' : m));
  return cut.replace(/-+$/g, '');
}
