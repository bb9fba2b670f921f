import { CATEGORY_NAMES } from '../../types.ts';
import type { DemoCategorySlug } from '../../types.ts';
import { absoluteUrl, imagePath, videoThumbPath } from '../site.ts';
import type { PublishedArticle, RenderContext } from '../site.ts';
import { escapeHtml } from '../../util/html.ts';
import { germanDateTime, isoBerlin } from '../../util/dates.ts';
import { tagesblickFooter, tagesblickHead, tagesblickHeader } from './chrome.ts';

/** The front page (or a section front): teaser cards. */
export function renderTagesblickHome(ctx: RenderContext, category?: DemoCategorySlug): string {
  const list = category ? ctx.articles.filter((a) => a.category === category) : ctx.articles;
  const title = category ? CATEGORY_NAMES[category] : 'Nachrichten, Hintergründe und Analysen';
  const cards = list
    .map(
      (a) => `<article class="card">${a.image ? `<img class="card__image" src="${ctx.root}${imagePath(a)}" alt="" loading="lazy">` : ''}` +
        `<p class="card__kicker">${escapeHtml(a.kicker)}</p><h2 class="card__title"><a href="${ctx.root}${a.path}">${escapeHtml(a.title)}</a></h2>` +
        `<p class="card__lead">${escapeHtml(a.lead)}</p><time datetime="${isoBerlin(a.published)}">${germanDateTime(a.published)}</time></article>`,
    )
    .join('');
  return tagesblickHead(ctx, { title, description: 'Aktuelle Nachrichten aus Deutschland und der Welt.', canonical: absoluteUrl(ctx, category ? `${category}/` : ''), type: 'website' }) +
    `<body class="front-page">${tagesblickHeader(ctx)}<main id="content"><h1 class="front__title">${escapeHtml(title)}</h1>${cards}</main>${tagesblickFooter(ctx)}</body></html>`;
}

/** A video page for each video teaser, so the teaser links lead somewhere. */
export function videoPages(ctx: RenderContext): Map<string, () => string> {
  const pages = new Map<string, () => string>();
  for (const article of ctx.articles) {
    article.body
      .filter((b) => b.type === 'video')
      .forEach((b, index) => {
        pages.set(`video/${article.id}-${index}`, () => renderVideoPage(ctx, article, index, b.title, b.duration));
      });
  }
  return pages;
}

function renderVideoPage(ctx: RenderContext, article: PublishedArticle, index: number, title: string, duration: string): string {
  const url = absoluteUrl(ctx, `video/${article.id}-${index}`);
  return tagesblickHead(ctx, { title: `Video: ${title}`, description: `${title} (${duration})`, canonical: url, type: 'video.other' }) +
    `<body class="video-page">${tagesblickHeader(ctx)}<main id="content"><h1>${escapeHtml(title)}</h1>` +
    `<div class="player" data-duration="${escapeHtml(duration)}"><img src="${ctx.root}${videoThumbPath(article, index)}" alt="" width="960" height="540"></div>` +
    `<p>Dauer: ${escapeHtml(duration)} · Zum Artikel: <a href="${ctx.root}${article.path}">${escapeHtml(article.title)}</a></p></main>${tagesblickFooter(ctx)}</body></html>`;
}

/** The Tagesblick's "page not found" page. */
export function renderTagesblickNotFound(ctx: RenderContext): string {
  return tagesblickHead(ctx, { title: 'Seite nicht gefunden', description: 'Fehler 404', canonical: absoluteUrl(ctx, ''), type: 'website' }) +
    `<body class="error-page">${tagesblickHeader(ctx)}<main id="content"><h1>Diese Seite gibt es nicht</h1><p><a href="${ctx.root}">Zur Startseite</a></p></main>${tagesblickFooter(ctx)}</body></html>`;
}
