import { CATEGORY_NAMES } from '../../types.ts';
import { absoluteUrl, imagePath, isAgencyByline, readingMinutes, relatedArticles, videoThumbPath } from '../site.ts';
import type { PublishedArticle, RenderContext } from '../site.ts';
import { escapeHtml, jsonForScript } from '../../util/html.ts';
import { germanLongDate, isoBerlin } from '../../util/dates.ts';
import { slugify } from '../../util/slug.ts';
import { KURIER_NAME, kurierCookieBanner, kurierFooter, kurierHead, kurierHeader } from './chrome.ts';
import { kurierBlock } from './body.ts';

// A transparent 1×1 GIF: the placeholder lazy-loading themes put in src while the real image waits in data-src.
const PLACEHOLDER = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

/** A Kurier article: breadcrumbs, lazy image, body with an "Auch interessant" box, JSON-LD @graph. */
export function renderKurierArticle(article: PublishedArticle, ctx: RenderContext): string {
  const url = absoluteUrl(ctx, article.path);
  const jsonLd = `<script type="application/ld+json" class="yoast-schema-graph">${jsonForScript(graph(article, ctx))}</script>`;
  return `${kurierHead(ctx, { title: article.title, description: article.lead, canonical: url, jsonLd })}
<body class="post-template-default single single-post category-${article.category}">
${kurierCookieBanner()}
${kurierHeader(ctx)}
${breadcrumbs(article, ctx)}
<main id="primary" class="site-main">
<article id="post-${escapeHtml(article.id)}" class="post type-post status-publish format-standard">
	<header class="entry-header">
		<span class="entry-kicker">${escapeHtml(article.kicker)}</span>
		<h1 class="entry-title">${escapeHtml(article.title)}</h1>
		<p class="entry-teaser">${escapeHtml(article.lead)}</p>
		<div class="entry-meta">
			<span class="byline">von <span class="author vcard"><a class="url fn n" href="https://www.wirtschaftskurier.example/autor/${slugify(article.author)}/">${escapeHtml(article.author)}</a></span></span>
			<span class="posted-on"><time class="entry-date published" datetime="${isoBerlin(article.published)}">${germanLongDate(article.published)}</time></span>
			<span class="reading-time">Lesezeit: ${readingMinutes(article)} Min.</span>
		</div>
	</header>
	${lazyImage(article, ctx)}
	<div class="entry-content">
${body(article, ctx)}
	</div>
	<footer class="entry-footer"><span class="cat-links">Veröffentlicht in <a href="${ctx.root}${article.category}/" rel="category tag">${CATEGORY_NAMES[article.category]}</a></span></footer>
</article>
</main>
${kurierFooter(ctx)}
</body>
</html>`;
}

function breadcrumbs(article: PublishedArticle, ctx: RenderContext): string {
  return `<nav class="breadcrumbs" aria-label="Brotkrümelnavigation"><ol>
	<li><a href="${ctx.root}">Startseite</a></li>
	<li><a href="${ctx.root}${article.category}/">${CATEGORY_NAMES[article.category]}</a></li>
	<li aria-current="page">${escapeHtml(article.title)}</li>
</ol></nav>`;
}

function lazyImage(article: PublishedArticle, ctx: RenderContext): string {
  if (!article.image) return '';
  const img = article.image;
  return `<figure class="post-thumbnail">
		<img class="lazyload wp-post-image" src="${PLACEHOLDER}" data-src="${ctx.root}${imagePath(article)}" alt="${escapeHtml(img.alt)}" width="1200" height="675">
		<figcaption>${escapeHtml(img.caption)} | Foto: ${escapeHtml(img.credit)}</figcaption>
	</figure>`;
}

function body(article: PublishedArticle, ctx: RenderContext): string {
  let video = 0;
  const parts = article.body.map((b) => '\t\t' + kurierBlock(b, () => `${ctx.root}${videoThumbPath(article, video++)}`));
  const related = relatedArticles(article, ctx, 2)
    .map((r) => `<li><a href="${ctx.root}${r.path}">${escapeHtml(r.title)}</a></li>`)
    .join('');
  const box = `\t\t<div class="wk-related"><p class="wk-related__label">Auch interessant</p><ul>${related}</ul></div>`;
  let at = Math.ceil(article.body.length / 3);
  while (at < article.body.length && article.body[at - 1]?.type !== 'p') at++;
  parts.splice(at, 0, box);
  return parts.join('\n');
}

function graph(article: PublishedArticle, ctx: RenderContext): Record<string, unknown> {
  const url = absoluteUrl(ctx, article.path);
  const org = `${absoluteUrl(ctx, '')}#organization`;
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'NewsArticle',
        '@id': `${url}#article`,
        headline: article.title,
        description: article.lead,
        datePublished: isoBerlin(article.published),
        dateModified: isoBerlin(article.updated),
        isAccessibleForFree: true,
        author: isAgencyByline(article.author) ? { '@type': 'Organization', name: article.author } : { '@type': 'Person', name: article.author },
        publisher: { '@id': org },
        mainEntityOfPage: { '@id': url },
        articleSection: CATEGORY_NAMES[article.category],
        inLanguage: 'de-DE',
        ...(article.image ? { image: { '@id': `${url}#primaryimage` } } : {}),
      },
      { '@type': 'WebPage', '@id': url, url, name: `${article.title} | ${KURIER_NAME}`, breadcrumb: { '@id': `${url}#breadcrumb` } },
      ...(article.image
        ? [{ '@type': 'ImageObject', '@id': `${url}#primaryimage`, url: absoluteUrl(ctx, imagePath(article)), caption: article.image.caption }]
        : []),
      {
        '@type': 'BreadcrumbList',
        '@id': `${url}#breadcrumb`,
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'Startseite', item: absoluteUrl(ctx, '') },
          { '@type': 'ListItem', position: 2, name: CATEGORY_NAMES[article.category], item: absoluteUrl(ctx, `${article.category}/`) },
          { '@type': 'ListItem', position: 3, name: article.title },
        ],
      },
      { '@type': 'Organization', '@id': org, name: KURIER_NAME, logo: { '@type': 'ImageObject', url: absoluteUrl(ctx, 'bilder/logo.svg') } },
    ],
  };
}
