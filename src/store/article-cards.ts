import type { MediaBlock } from '../domain/article.ts';
import type { ArticleCard } from '../domain/read-models.ts';
import { publicArticles } from './article-visibility.ts';
import type { DbOrTx } from './types.ts';

/** Public articles (see article-visibility.ts) joined with their source and category, selecting what a teaser card shows. */
export function cardQuery(db: DbOrTx) {
  return publicArticles(db)
    .innerJoin('sources as s', 's.id', 'a.source_id')
    .leftJoin('categories as c', 'c.id', 'a.category_id')
    .select([
      'a.id',
      'a.slug',
      'a.title',
      'a.lead',
      'a.image_url',
      'a.published_at',
      'a.first_seen_at',
      'a.sort_at',
      'a.language',
      's.id as source_id',
      's.slug as source_slug',
      's.name as source_name',
      's.site_url as source_site_url',
      's.language as source_language',
      'c.id as category_id',
      'c.slug as category_slug',
      'c.name as category_name',
    ]);
}

/** One row of cardQuery. */
export type CardRow = Awaited<ReturnType<ReturnType<typeof cardQuery>['executeTakeFirstOrThrow']>>;

/** Turns a card row into the site's ArticleCard; an article without a language takes its source's. */
export function presentCard(row: CardRow): ArticleCard {
  const category =
    row.category_id !== null && row.category_slug !== null && row.category_name !== null
      ? { id: row.category_id, slug: row.category_slug, name: row.category_name }
      : null;
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    lead: row.lead,
    imageUrl: row.image_url,
    publishedAt: row.published_at,
    firstSeenAt: row.first_seen_at,
    language: row.language ?? row.source_language,
    source: { id: row.source_id, slug: row.source_slug, name: row.source_name, siteUrl: row.source_site_url },
    category,
  };
}

function isMediaBlock(value: unknown): value is MediaBlock {
  if (typeof value !== 'object' || value === null) return false;
  const kind = (value as { kind?: unknown }).kind;
  return kind === 'video' || kind === 'audio';
}

/** Reads media_json; text that is not a JSON array of media blocks yields none rather than a broken page. */
export function parseMedia(json: string): MediaBlock[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter(isMediaBlock) : [];
  } catch {
    return [];
  }
}
