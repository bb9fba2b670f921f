import type { DemoArticle } from '../../types.ts';
import type { DemoSite } from '../site.ts';
import { slugify, stableHash } from '../../util/slug.ts';
import { TAGESBLICK_NAME } from './chrome.ts';
import { renderTagesblickArticle } from './article.ts';
import { renderTagesblickHome, renderTagesblickNotFound, videoPages } from './pages.ts';
import { renderTagesblickAtom } from './feed.ts';

const ATOM = 'application/atom+xml; charset=utf-8';

/** The national news site: Atom feeds, minified UTF-8 pages with video teasers and pull quotes. */
export const tagesblick: DemoSite = {
  slug: 'tagesblick',
  name: TAGESBLICK_NAME,
  charset: 'utf-8',
  readMoreText: null,
  feeds: [
    {
      path: 'atom.xml',
      category: null,
      title: `${TAGESBLICK_NAME} – Schlagzeilen`,
      contentType: ATOM,
      render: (ctx, items) => renderTagesblickAtom(ctx, items, 'atom.xml', `${TAGESBLICK_NAME} – Schlagzeilen`),
    },
    {
      path: 'politik/atom.xml',
      category: 'politik',
      title: `${TAGESBLICK_NAME} – Politik`,
      contentType: ATOM,
      render: (ctx, items) => renderTagesblickAtom(ctx, items, 'politik/atom.xml', `${TAGESBLICK_NAME} – Politik`),
    },
  ],
  articlePath: (a: DemoArticle) => `${a.category}/${slugify(a.title, 60)}-a-${stableHash(a.id).toString(16).padStart(8, '0')}`,
  renderArticle: renderTagesblickArticle,
  renderHome: renderTagesblickHome,
  renderNotFound: renderTagesblickNotFound,
  extraPages: videoPages,
};
