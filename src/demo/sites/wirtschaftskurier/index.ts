import type { DemoArticle } from '../../types.ts';
import type { DemoSite } from '../site.ts';
import { slugify } from '../../util/slug.ts';
import { KURIER_NAME } from './chrome.ts';
import { renderKurierArticle } from './article.ts';
import { renderKurierHome, renderKurierNotFound } from './pages.ts';
import { renderKurierRss } from './feed.ts';

/** The business paper: full-text RSS, WordPress-style UTF-8 pages. */
export const wirtschaftskurier: DemoSite = {
  slug: 'wirtschaftskurier',
  name: KURIER_NAME,
  charset: 'utf-8',
  readMoreText: null,
  feeds: [
    {
      path: 'feed/',
      category: null,
      title: KURIER_NAME,
      contentType: 'application/rss+xml; charset=UTF-8',
      render: (ctx, items) => renderKurierRss(ctx, items, 'feed/'),
    },
  ],
  articlePath: (a: DemoArticle) => `${a.category}/${slugify(a.title, 60)}/`,
  renderArticle: renderKurierArticle,
  renderHome: renderKurierHome,
  renderNotFound: renderKurierNotFound,
};
