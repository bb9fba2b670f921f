import type { CategoryRef } from '../../domain/read-models.ts';
import { slugify } from '../../domain/slug.ts';

/**
 * The site category a feed item belongs to, from the item's own categories: the first one whose
 * name or slug equals a site category's (case and umlauts folded). Publishers' other tags are not
 * turned into sections.
 */
export function matchCategory(itemCategories: readonly string[], siteCategories: readonly CategoryRef[]): CategoryRef | null {
  const bySlug = new Map(siteCategories.map((c) => [c.slug, c]));
  for (const label of itemCategories) {
    // "Politik > Ausland" and "politik/ausland" name their section first.
    const head = label.split(/[>/|]/)[0]!.trim();
    const found = bySlug.get(slugify(head)) ?? bySlug.get(slugify(label));
    if (found) return found;
  }
  return null;
}
