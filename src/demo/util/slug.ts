const FOLDS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue' };

/** A URL slug from a German headline, as the publishers' CMSs would build it (max. `max` characters). */
export function slugify(text: string, max = 70): string {
  const folded = text
    .replace(/[äöüßÄÖÜ]/g, (c) => FOLDS[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (folded.length <= max) return folded || 'artikel';
  return folded.slice(0, max).replace(/-[^-]*$/, '') || 'artikel';
}

/** A small deterministic hash (FNV-1a, 32 bit) so generated details stay the same across restarts. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
