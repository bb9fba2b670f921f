import type { Hono } from 'hono';
import type { SiteDeps } from '../context.ts';
import { presentArticle } from '../presenters/article.ts';
import { presentCard } from '../presenters/card.ts';
import { presentNewsArticle } from '../presenters/news-article.ts';
import { httpUrl } from '../presenters/safe-url.ts';
import { renderWithNav } from '../render.tsx';
import { articlePath } from '../urls.ts';
import { ArticlePage } from '../views/article-page.tsx';
import { TeaserList } from '../views/teaser-list.tsx';
import { articleIntelBlock } from './intel-blocks.tsx';

/** Related articles shown under an article. */
const RELATED_SIZE = 4;

/**
 * `/artikel/:id/:slug`: one article. The slug is only for people and search engines; a wrong or
 * missing one redirects permanently to the canonical path. Unknown ids are a 404.
 */
export function registerArticle(app: Hono, deps: SiteDeps): void {
  app.get('/artikel/:id{[0-9]{1,15}}/:slug?', async (c) => {
    const ui = c.get('siteUi');
    const id = c.req.param('id');
    const page = await deps.reader.articlePage(Number(id), RELATED_SIZE);
    if (!page) return c.notFound();
    const { article, tags, authors, related } = page;
    // Also catches ids written with leading zeros, so each article has exactly one address.
    if (id !== String(article.id) || c.req.param('slug') !== article.slug) return c.redirect(articlePath(article.id, article.slug), 301);
    const intelBlock = await articleIntelBlock(deps, ui, article.id);
    const view = presentArticle(article, ui, { tags, authors });
    const description = article.lead?.trim() || null;
    // A page showing only part of the article (excerpt, headline) names the original as canonical.
    const canonicalUrl = article.displayPolicy === 'full' ? null : httpUrl(article.url);
    return renderWithNav(
      c,
      deps,
      {
        title: article.title,
        description,
        canonicalPath: view.canonicalPath,
        canonicalUrl,
        social: {
          type: 'article',
          image: article.imageUrl,
          publishedTime: article.publishedAt,
          modifiedTime: article.modifiedAt,
          section: article.category?.name ?? null,
          tags: tags.map((t) => t.name),
        },
        jsonLd: presentNewsArticle(article, { authors, tags }, { origin: ui.origin, url: ui.origin + view.canonicalPath, description }),
        currentCategory: article.category?.slug ?? null,
      },
      <>
        <ArticlePage view={view} messages={ui.messages} language={ui.language} />
        {intelBlock}
        {related.length > 0 ? (
          <TeaserList
            id="mehr-zum-thema"
            className="related"
            heading={ui.messages.relatedHeading}
            cards={related.map((card) => presentCard(card, ui))}
            ranked={false}
          />
        ) : null}
      </>,
    );
  });
}
