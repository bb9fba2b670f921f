import { CATEGORY_NAMES } from '../../types.ts';
import type { DemoArticle } from '../../types.ts';
import type { DemoSite } from '../site.ts';
import { slugify, stableHash } from '../../util/slug.ts';
import { RUNDSCHAU_NAME } from './chrome.ts';
import { renderRundschauArticle } from './article.ts';
import { renderRundschauHome, renderRundschauNotFound } from './home.ts';
import { RUNDSCHAU_READ_MORE, renderRundschauRss } from './feed.ts';

const RSS = 'application/rss+xml; charset=utf-8';

/** The regional daily: RSS teasers, windows-1252 pages, heavy boilerplate. */
export const rundschau: DemoSite = {
  slug: 'nordstaedter-rundschau',
  name: RUNDSCHAU_NAME,
  charset: 'windows-1252',
  readMoreText: RUNDSCHAU_READ_MORE,
  feeds: [
    {
      path: 'rss/alle.xml',
      category: null,
      title: `${RUNDSCHAU_NAME} – Alle Meldungen`,
      contentType: RSS,
      render: (ctx, items) => renderRundschauRss(ctx, items, 'rss/alle.xml', `${RUNDSCHAU_NAME} – Alle Meldungen`),
    },
    {
      path: 'rss/lokales.xml',
      category: 'lokales',
      title: `${RUNDSCHAU_NAME} – ${CATEGORY_NAMES.lokales}`,
      contentType: RSS,
      render: (ctx, items) => renderRundschauRss(ctx, items, 'rss/lokales.xml', `${RUNDSCHAU_NAME} – ${CATEGORY_NAMES.lokales}`),
    },
  ],
  articlePath: (a: DemoArticle) => `${a.category}/${slugify(a.title)}-${1_000_000 + (stableHash(a.id) % 9_000_000)}.html`,
  renderArticle: renderRundschauArticle,
  renderHome: renderRundschauHome,
  renderNotFound: renderRundschauNotFound,
};
