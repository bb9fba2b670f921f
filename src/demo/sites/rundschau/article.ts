import { CATEGORY_NAMES } from '../../types.ts';
import { absoluteUrl, imagePath, isAgencyByline, relatedArticles, videoThumbPath } from '../site.ts';
import type { PublishedArticle, RenderContext } from '../site.ts';
import { escapeHtml, jsonForScript } from '../../util/html.ts';
import { germanDateTime, isoBerlin } from '../../util/dates.ts';
import { RUNDSCHAU_NAME, cookieBanner, documentHead, siteFooter, siteHeader } from './chrome.ts';
import { rundschauBlock } from './body.ts';
import { commentsSection } from './comments.ts';

/** A Rundschau article page: consent banner, big navigation, body with a teaser box, share bars, author box, comments. */
export function renderRundschauArticle(article: PublishedArticle, ctx: RenderContext): string {
  const url = absoluteUrl(ctx, article.path);
  const head = documentHead(ctx, {
    title: article.title,
    description: article.lead,
    canonical: url,
    extra: `<script type="application/ld+json">${jsonForScript(jsonLd(article, ctx))}</script>`,
  });
  return `${head}
<body class="page page--article ressort-${article.category}">
${cookieBanner()}
${siteHeader(ctx)}
<main class="layout">
<article class="article" id="artikel-${escapeHtml(article.id)}" itemscope>
  <header class="article__header">
    <p class="article__kicker">${escapeHtml(article.kicker)}</p>
    <h1 class="article__title">${escapeHtml(article.title)}</h1>
    <p class="article__meta"><span class="article__author">Von ${escapeHtml(article.author)}</span> | <span class="article__date">${germanDateTime(article.published)}</span>${
      article.updatedOffsetHours !== undefined ? ` | <span class="article__updated">Aktualisiert: ${germanDateTime(article.updated)}</span>` : ''
    }</p>
    ${shareBar(url, 'top')}
  </header>
  <p class="article__lead"><strong>${escapeHtml(article.lead)}</strong></p>
  ${figure(article, ctx)}
  <div class="article__body">
${bodyWithTeaser(article, ctx)}
  </div>
  ${shareBar(url, 'bottom')}
  ${authorBox(article)}
  ${commentsSection(article, ctx.now)}
</article>
${sidebar(ctx)}
</main>
${siteFooter(ctx)}
<script src="${ctx.root}static/nr-app.js" async></script>
</body>
</html>`;
}

function bodyWithTeaser(article: PublishedArticle, ctx: RenderContext): string {
  let video = 0;
  const blocks = article.body.map((b) => rundschauBlock(b, () => `${ctx.root}${videoThumbPath(article, video++)}`));
  // The teaser box sits after a paragraph in the middle, where real CMSs inject it.
  let at = Math.floor(article.body.length / 2);
  while (at < article.body.length && article.body[at - 1]?.type !== 'p') at++;
  const related = relatedArticles(article, ctx, 3)
    .map((r) => `<li><a href="${ctx.root}${r.path}">${escapeHtml(r.title)}</a></li>`)
    .join('');
  const teaser = `<aside class="read-also" data-module="teaser-inline"><h3 class="read-also__title">Lesen Sie auch</h3><ul>${related}</ul></aside>
<div class="ad-slot ad-slot--mrec" id="ad-mrec-1"><span class="ad-slot__label">Anzeige</span></div>`;
  blocks.splice(at, 0, teaser);
  return blocks.join('\n');
}

function figure(article: PublishedArticle, ctx: RenderContext): string {
  if (!article.image) return '';
  const img = article.image;
  return `<figure class="article__image">
    <img src="${ctx.root}${imagePath(article)}" alt="${escapeHtml(img.alt)}" width="1200" height="675">
    <figcaption>${escapeHtml(img.caption)} <span class="credit">Foto: ${escapeHtml(img.credit)}</span></figcaption>
  </figure>`;
}

function shareBar(url: string, position: string): string {
  const u = encodeURIComponent(url);
  return `<div class="share-bar share-bar--${position}"><span>Teilen:</span><ul>
      <li><a href="https://share.example/facebook?u=${u}" rel="nofollow">Facebook</a></li>
      <li><a href="https://share.example/x?u=${u}" rel="nofollow">X</a></li>
      <li><a href="https://share.example/whatsapp?u=${u}" rel="nofollow">WhatsApp</a></li>
      <li><a href="mailto:?subject=Lesetipp&amp;body=${u}">E-Mail</a></li>
      <li><a href="javascript:window.print()">Drucken</a></li></ul></div>`;
}

function authorBox(article: PublishedArticle): string {
  const agency = isAgencyByline(article.author);
  const about = agency
    ? 'Dieser Text beruht auf einer Meldung einer Nachrichtenagentur.'
    : `${article.author} schreibt für das Ressort ${CATEGORY_NAMES[article.category]} der ${RUNDSCHAU_NAME}.`;
  return `<section class="author-box"><p class="author-box__label">Über den Autor</p><p class="author-box__name">${escapeHtml(agency ? 'Agenturmeldung' : article.author)}</p><p class="author-box__bio">${escapeHtml(about)}</p><a class="author-box__more" href="#">Alle Artikel</a></section>`;
}

function sidebar(ctx: RenderContext): string {
  const items = ctx.articles.slice(0, 5).map((a) => `<li><a href="${ctx.root}${a.path}">${escapeHtml(a.title)}</a></li>`).join('');
  return `<aside class="sidebar"><h2>Meistgelesen</h2><ol>${items}</ol><div class="ad-slot ad-slot--sky"><span class="ad-slot__label">Anzeige</span></div></aside>`;
}

function jsonLd(article: PublishedArticle, ctx: RenderContext): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.lead,
    datePublished: isoBerlin(article.published),
    dateModified: isoBerlin(article.updated),
    articleSection: CATEGORY_NAMES[article.category],
    mainEntityOfPage: { '@type': 'WebPage', '@id': absoluteUrl(ctx, article.path) },
    author: isAgencyByline(article.author)
      ? { '@type': 'Organization', name: article.author }
      : { '@type': 'Person', name: article.author },
    ...(article.image ? { image: { '@type': 'ImageObject', url: absoluteUrl(ctx, imagePath(article)), width: 1200, height: 675 } } : {}),
    publisher: {
      '@type': 'Organization',
      name: RUNDSCHAU_NAME,
      logo: { '@type': 'ImageObject', url: absoluteUrl(ctx, 'bilder/logo.svg') },
    },
    inLanguage: 'de-DE',
  };
}
