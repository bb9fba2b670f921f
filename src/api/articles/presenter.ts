import type { VisibleArticle, VisibleCard } from '../../services/display/visible-article.ts';
import { httpUrl } from '../shared/urls.ts';
import type { ArticleCardJson, ArticleJson } from './schema.ts';

/** An article card of the reader as API JSON. */
export function presentArticleCard(card: VisibleCard): ArticleCardJson {
  return {
    id: card.id,
    slug: card.slug,
    title: card.title,
    lead: card.lead,
    imageUrl: httpUrl(card.imageUrl),
    publishedAt: card.publishedAt,
    firstSeenAt: card.firstSeenAt,
    language: card.language,
    source: { id: card.source.id, slug: card.source.slug, name: card.source.name, siteUrl: httpUrl(card.source.siteUrl) },
    category: card.category ? { id: card.category.id, slug: card.category.slug, name: card.category.name } : null,
    displayPolicy: card.displayPolicy,
  };
}

/** One article of the reader (its display policy already applied) as API JSON. */
export function presentArticle(article: VisibleArticle): ArticleJson {
  return {
    ...presentArticleCard(article),
    url: httpUrl(article.url),
    byline: article.byline,
    modifiedAt: article.modifiedAt,
    readMoreText: article.readMoreText,
    body: article.body ? { html: article.body.html, text: article.body.text } : null,
    media: article.media.map((m) => ({ kind: m.kind, title: m.title, durationSeconds: m.durationSeconds, url: httpUrl(m.url), poster: httpUrl(m.poster) })),
  };
}
