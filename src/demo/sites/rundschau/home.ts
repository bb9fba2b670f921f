import { CATEGORY_NAMES } from '../../types.ts';
import type { DemoCategorySlug } from '../../types.ts';
import { absoluteUrl, imagePath } from '../site.ts';
import type { RenderContext } from '../site.ts';
import { escapeHtml } from '../../util/html.ts';
import { germanDateTime } from '../../util/dates.ts';
import { cookieBanner, documentHead, siteFooter, siteHeader } from './chrome.ts';

/** The front page (or a section front when `category` is set): a list of teasers. */
export function renderRundschauHome(ctx: RenderContext, category?: DemoCategorySlug): string {
  const list = category ? ctx.articles.filter((a) => a.category === category) : ctx.articles;
  const title = category ? CATEGORY_NAMES[category] : 'Nachrichten aus Nordstadt und der Region';
  const teasers = list
    .map(
      (a) => `<article class="teaser">
  ${a.image ? `<img src="${ctx.root}${imagePath(a)}" alt="" width="300" height="169" loading="lazy">` : ''}
  <p class="teaser__kicker">${escapeHtml(a.kicker)}</p>
  <h2 class="teaser__title"><a href="${ctx.root}${a.path}">${escapeHtml(a.title)}</a></h2>
  <p class="teaser__lead">${escapeHtml(a.lead)}</p>
  <p class="teaser__date">${germanDateTime(a.published)}</p>
</article>`,
    )
    .join('\n');
  return `${documentHead(ctx, { title, description: 'Aktuelle Nachrichten aus Nordstadt, dem Umland und der Welt.', canonical: absoluteUrl(ctx, category ? `${category}/` : '') })}
<body class="page page--front">
${cookieBanner()}
${siteHeader(ctx)}
<main class="layout"><h1 class="front__title">${escapeHtml(title)}</h1>
${teasers}
</main>
${siteFooter(ctx)}
</body>
</html>`;
}

/** The Rundschau's "page not found" page. */
export function renderRundschauNotFound(ctx: RenderContext): string {
  return `${documentHead(ctx, { title: 'Seite nicht gefunden', description: 'Diese Seite existiert nicht.', canonical: absoluteUrl(ctx, '') })}
<body class="page page--error">
${siteHeader(ctx)}
<main class="layout"><h1>Seite nicht gefunden (404)</h1><p>Die gewünschte Seite existiert leider nicht (mehr). <a href="${ctx.root}">Zur Startseite</a></p></main>
${siteFooter(ctx)}
</body>
</html>`;
}
