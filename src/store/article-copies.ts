// Wire copies in the site's lists (issue 8): a text several sources republished is listed once, and
// the other sources' copies are named under it. The copy relation is stored by the analysis
// (story_articles.duplicate_of_id, migration 009: every copy points to the first text of its group).
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { CopyRef } from '../domain/read-models.ts';
import { isPublished } from './article-visibility.ts';
import type { DbOrTx } from './types.ts';

/** A table alias of `articles` inside the list's subqueries. */
type Alias = 'y' | 'o';

/**
 * The list's own conditions for another article (alias `y` or `o`), so that an article counts as
 * "listed before" only when the same list would show it; a category page still lists its copy of a
 * text whose original is in another category.
 */
export type ConditionsFor = (alias: Alias) => RawBuilder<SqlBool>[];

/**
 * Keeps an article of the list query (aliases `a` for the article and `xs` for its story_articles
 * row, left-joined) only when no other public article of its text that the list also shows comes
 * before it: a pinned copy first (the most recently pinned), else the first published (the list's
 * own order, sort time then id). Every article decides for itself, so keyset pages over the
 * remaining ones neither repeat nor skip. Cost: two index probes per row (duplicate_of_id and id).
 */
export function firstOfItsText(db: DbOrTx, inList: ConditionsFor): RawBuilder<SqlBool> {
  // The other copies are found by the duplicate_of_id index and each looked up by its id, written as
  // nested EXISTS so that SQLite cannot start from the articles of the list's category or source instead.
  return sql<SqlBool>`not exists (
      select 1 from story_articles ys
      where ys.duplicate_of_id = coalesce(xs.duplicate_of_id, a.id) and ys.article_id <> a.id
        and exists (select 1 from articles y where y.id = ys.article_id and ${before(db, 'y', inList)})
    ) and (xs.duplicate_of_id is null or not exists (
      select 1 from articles o where o.id = xs.duplicate_of_id and ${before(db, 'o', inList)}
    ))`;
}

/** Article `alias` is public, in the list, and comes before the list's article `a` (see firstOfItsText). */
function before(db: DbOrTx, alias: Alias, inList: ConditionsFor): RawBuilder<SqlBool> {
  const t = sql.raw(alias);
  const ahead = sql`(
    (${t}.pinned_at is not null and (a.pinned_at is null or ${t}.pinned_at > a.pinned_at or (${t}.pinned_at = a.pinned_at and ${t}.id > a.id)))
    or (${t}.pinned_at is null and a.pinned_at is null and (${t}.sort_at < a.sort_at or (${t}.sort_at = a.sort_at and ${t}.id < a.id)))
  )`;
  return sql.join([isPublished(db, alias), sql`${t}.hidden = 0`, ...inList(alias), ahead], sql` and `) as RawBuilder<SqlBool>;
}

/** A listed article: its id, source and the text it copies (null for an original or an unanalysed one). */
export interface ListedText {
  id: number;
  source_id: number;
  duplicate_of_id: number | null;
}

const byName = new Intl.Collator('de', { sensitivity: 'base' });

/**
 * For each listed article, the other sources' public copies of its text (its original and the other
 * copies), one per source (the first it published), by source name; articles without any are left out.
 */
export async function otherCopies(db: DbOrTx, listed: readonly ListedText[]): Promise<Map<number, CopyRef[]>> {
  const result = new Map<number, CopyRef[]>();
  if (listed.length === 0) return result;
  const groupOf = (r: ListedText) => r.duplicate_of_id ?? r.id;
  const groups = [...new Set(listed.map(groupOf))];
  const originals = [...new Set(listed.flatMap((r) => (r.duplicate_of_id === null ? [] : [r.duplicate_of_id])))];
  const columns = ['y.id', 'y.slug', 'y.sort_at', 'so.id as source_id', 'so.slug as source_slug', 'so.name as source_name', 'so.site_url as source_site_url'] as const;
  const [copies, firsts] = await Promise.all([
    db
      .selectFrom('story_articles as ys')
      .innerJoin('articles as y', 'y.id', 'ys.article_id')
      .innerJoin('sources as so', 'so.id', 'y.source_id')
      .select([...columns, 'ys.duplicate_of_id as group_id'])
      .where('ys.duplicate_of_id', 'in', groups)
      .where(isPublished(db, 'y'))
      .where('y.hidden', '=', 0)
      .execute(),
    originals.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom('articles as y')
          .innerJoin('sources as so', 'so.id', 'y.source_id')
          .select([...columns, 'y.id as group_id'])
          .where('y.id', 'in', originals)
          .where(isPublished(db, 'y'))
          .where('y.hidden', '=', 0)
          .execute(),
  ]);
  const byGroup = new Map<number, typeof copies>();
  const members = [...copies, ...firsts].sort((p, q) => (p.sort_at === q.sort_at ? p.id - q.id : p.sort_at < q.sort_at ? -1 : 1));
  for (const m of members) {
    if (m.group_id === null) continue;
    const list = byGroup.get(m.group_id);
    if (list) list.push(m);
    else byGroup.set(m.group_id, [m]);
  }
  for (const item of listed) {
    const bySource = new Map<number, CopyRef>();
    for (const m of byGroup.get(groupOf(item)) ?? []) {
      if (m.id === item.id || m.source_id === item.source_id || bySource.has(m.source_id)) continue;
      bySource.set(m.source_id, { articleId: m.id, slug: m.slug, source: { id: m.source_id, slug: m.source_slug, name: m.source_name, siteUrl: m.source_site_url } });
    }
    if (bySource.size > 0) result.set(item.id, [...bySource.values()].sort((p, q) => byName.compare(p.source.name, q.source.name)));
  }
  return result;
}
