import { CATEGORY_NAMES } from '../../types.ts';
import { absoluteUrl, imagePath, relatedArticles, videoThumbPath } from '../site.ts';
import type { PublishedArticle, RenderContext } from '../site.ts';
import { escapeHtml } from '../../util/html.ts';
import { germanDateTime, isoBerlin } from '../../util/dates.ts';
import { tagesblickFooter, tagesblickHead, tagesblickHeader } from './chrome.ts';
import { tagesblickBlock } from './body.ts';

/** A Tagesblick article: minified markup, OpenGraph, video teasers, pull quotes, newsletter and "Mehr zum Thema". */
export function renderTagesblickArticle(article: PublishedArticle, ctx: RenderContext): string {
  const url = absoluteUrl(ctx, article.path);
  const meta =
    `<meta property="article:published_time" content="${isoBerlin(article.published)}">` +
    `<meta property="article:modified_time" content="${isoBerlin(article.updated)}">` +
    `<meta property="article:section" content="${CATEGORY_NAMES[article.category]}">` +
    `<meta name="author" content="${escapeHtml(article.author)}">`;
  const head = tagesblickHead(ctx, {
    title: article.title,
    description: article.lead,
    canonical: url,
    type: 'article',
    meta,
    ...(article.image ? { image: absoluteUrl(ctx, imagePath(article)) } : {}),
  });
  return head +
    `<body class="article-page ressort--${article.category}">${tagesblickHeader(ctx)}<main id="content">` +
    `<article class="article"><header class="article__header"><p class="article__kicker">${escapeHtml(article.kicker)}</p>` +
    `<h1 class="article__headline">${escapeHtml(article.title)}</h1>` +
    `<div class="article__meta"><span class="article__author">Von ${escapeHtml(article.author)}</span>` +
    `<time class="article__date" datetime="${isoBerlin(article.published)}">Stand: ${germanDateTime(article.published)}</time></div>` +
    `<p class="article__lead">${escapeHtml(article.lead)}</p></header>` +
    figure(article, ctx) +
    `<div class="article__body">${body(article, ctx)}</div>` +
    moreOnTopic(article, ctx) +
    `</article></main>${tagesblickFooter(ctx)}` +
    `<script src="${ctx.root}static/tb-player.js" defer></script></body></html>`;
}

function body(article: PublishedArticle, ctx: RenderContext): string {
  let video = 0;
  const parts = article.body.map((b) =>
    tagesblickBlock(b, () => {
      const index = video++;
      return {
        id: `${article.id}-${index}`,
        href: `${ctx.root}video/${article.id}-${index}`,
        thumb: `${ctx.root}${videoThumbPath(article, index)}`,
      };
    }),
  );
  parts.splice(Math.ceil((parts.length * 2) / 3), 0, newsletterBox());
  // Deliberately no whitespace between blocks: the minified markup is part of what extraction must survive.
  return parts.join('');
}

function figure(article: PublishedArticle, ctx: RenderContext): string {
  if (!article.image) return '';
  const img = article.image;
  return `<figure class="article__figure"><picture><img src="${ctx.root}${imagePath(article)}" alt="${escapeHtml(img.alt)}" width="1200" height="675"></picture>` +
    `<figcaption class="article__caption">${escapeHtml(img.caption)}<small class="article__credit">Bild: ${escapeHtml(img.credit)}</small></figcaption></figure>`;
}

function newsletterBox(): string {
  return `<section class="newsletter-box" data-component="Newsletter"><h3 class="newsletter-box__title">Der Tagesblick am Morgen</h3>` +
    `<p class="newsletter-box__text">Die wichtigsten Nachrichten des Tages, kompakt in Ihrem Postfach. Jeden Morgen um 6 Uhr.</p>` +
    `<form class="newsletter-box__form" action="https://newsletter.tagesblick.example/anmelden" method="post">` +
    `<input type="email" name="email" placeholder="Ihre E-Mail-Adresse" required><button type="submit">Kostenlos abonnieren</button></form>` +
    `<p class="newsletter-box__legal">Mit der Anmeldung akzeptieren Sie unsere Datenschutzhinweise. Abmeldung jederzeit möglich.</p></section>`;
}

function moreOnTopic(article: PublishedArticle, ctx: RenderContext): string {
  const items = relatedArticles(article, ctx, 3)
    .map((r) => `<li class="more-on-topic__item"><a href="${ctx.root}${r.path}"><span class="more-on-topic__kicker">${escapeHtml(r.kicker)}</span> <span class="more-on-topic__title">${escapeHtml(r.title)}</span></a></li>`)
    .join('');
  return `<section class="more-on-topic"><h2 class="more-on-topic__heading">Mehr zum Thema</h2><ul>${items}</ul></section>`;
}
