import { CATEGORY_NAMES } from '../../types.ts';
import type { DemoCategorySlug } from '../../types.ts';
import { absoluteUrl } from '../site.ts';
import type { RenderContext } from '../site.ts';
import { escapeHtml } from '../../util/html.ts';
import { germanLongDate } from '../../util/dates.ts';
import { kurierCookieBanner, kurierFooter, kurierHead, kurierHeader } from './chrome.ts';

/** The front page (or a category archive): a post list. */
export function renderKurierHome(ctx: RenderContext, category?: DemoCategorySlug): string {
  const list = category ? ctx.articles.filter((a) => a.category === category) : ctx.articles;
  const title = category ? CATEGORY_NAMES[category] : 'Wirtschaft, Unternehmen und Märkte';
  const posts = list
    .map((a) => `\t<article class="post"><h2 class="entry-title"><a href="${ctx.root}${a.path}">${escapeHtml(a.title)}</a></h2><p>${escapeHtml(a.lead)}</p><p class="entry-meta">${germanLongDate(a.published)} · ${escapeHtml(a.author)}</p></article>`)
    .join('\n');
  return `${kurierHead(ctx, { title, description: 'Nachrichten aus Wirtschaft und Finanzen.', canonical: absoluteUrl(ctx, category ? `${category}/` : '') })}
<body class="home blog">
${kurierCookieBanner()}
${kurierHeader(ctx)}
<main id="primary" class="site-main"><h1 class="page-title">${escapeHtml(title)}</h1>
${posts}
</main>
${kurierFooter(ctx)}
</body>
</html>`;
}

/** The Kurier's "page not found" page. */
export function renderKurierNotFound(ctx: RenderContext): string {
  return `${kurierHead(ctx, { title: 'Seite nicht gefunden', description: 'Fehler 404', canonical: absoluteUrl(ctx, '') })}
<body class="error404">
${kurierHeader(ctx)}
<main id="primary" class="site-main"><h1 class="page-title">Hoppla! Diese Seite konnte nicht gefunden werden.</h1></main>
${kurierFooter(ctx)}
</body>
</html>`;
}
