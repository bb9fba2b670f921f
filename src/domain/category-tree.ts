import type { CategoryRef } from './read-models.ts';

/** The top-level category that `slug` sits in (itself when it is at the top); null when unknown. */
export function topLevelOf(categories: readonly CategoryRef[], slug: string): CategoryRef | null {
  const byId = new Map(categories.map((c) => [c.id, c]));
  let current = categories.find((c) => c.slug === slug) ?? null;
  const seen = new Set<number>();
  while (current?.parentId != null && byId.has(current.parentId) && !seen.has(current.id)) {
    seen.add(current.id);
    current = byId.get(current.parentId)!;
  }
  return current;
}

/** The category with this id and every category inside it, at any depth (safe against cycles of parents). */
export function withDescendants(categories: readonly CategoryRef[], id: number): number[] {
  const out = [id];
  const seen = new Set(out);
  for (let i = 0; i < out.length; i++) {
    for (const c of categories) {
      if (c.parentId === out[i] && !seen.has(c.id)) {
        seen.add(c.id);
        out.push(c.id);
      }
    }
  }
  return out;
}

/** The categories directly inside the one with this id, in the given (site) order. */
export function childrenOf(categories: readonly CategoryRef[], id: number): CategoryRef[] {
  return categories.filter((c) => c.parentId === id);
}
