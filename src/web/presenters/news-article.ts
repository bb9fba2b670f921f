import type { ArticleFull, AuthorRef, TagRef } from '../../domain/read-models.ts';
import { authorPath } from '../urls.ts';
import { httpUrl } from './safe-url.ts';

/**
 * The schema.org `NewsArticle` of an article page. The publisher is the original publisher (the
 * source), never this site; `isBasedOn` and `url` name the original article, `mainEntityOfPage`
 * the page that shows it here. Times stay as the publisher gave them (ISO 8601).
 */
export function presentNewsArticle(
  article: ArticleFull,
  extras: { authors: readonly AuthorRef[]; tags: readonly TagRef[] },
  page: { origin: string; url: string; description: string | null },
): Record<string, unknown> {
  const original = httpUrl(article.url);
  const image = httpUrl(article.imageUrl);
  const authors = extras.authors.map((a) => ({ '@type': a.agency ? 'Organization' : 'Person', name: a.name, url: page.origin + authorPath(a.slug) }));
  const publisher: Record<string, unknown> = { '@type': 'Organization', name: article.source.name };
  const publisherUrl = httpUrl(article.source.siteUrl);
  if (publisherUrl) publisher['url'] = publisherUrl;
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    // Search engines cut headlines after 110 characters.
    headline: article.title.length > 110 ? `${article.title.slice(0, 109)}…` : article.title,
    mainEntityOfPage: page.url,
    publisher,
  };
  if (page.description) data['description'] = page.description;
  if (original) {
    data['url'] = original;
    data['isBasedOn'] = original;
  }
  if (image) data['image'] = [image];
  if (article.publishedAt) data['datePublished'] = article.publishedAt;
  if (article.modifiedAt ?? article.publishedAt) data['dateModified'] = article.modifiedAt ?? article.publishedAt;
  if (article.language) data['inLanguage'] = article.language;
  if (authors.length > 0) data['author'] = authors;
  else if (article.byline?.trim()) data['author'] = [{ '@type': 'Person', name: article.byline.trim() }];
  if (article.category) data['articleSection'] = article.category.name;
  if (extras.tags.length > 0) data['keywords'] = extras.tags.map((t) => t.name);
  return data;
}
