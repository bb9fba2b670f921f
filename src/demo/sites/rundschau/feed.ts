import { CATEGORY_NAMES } from '../../types.ts';
import { absoluteUrl, imagePath } from '../site.ts';
import type { PublishedArticle, RenderContext } from '../site.ts';
import { escapeHtml, escapeXml } from '../../util/html.ts';
import { rfc822Berlin } from '../../util/dates.ts';
import { RUNDSCHAU_NAME } from './chrome.ts';

/** The text of the link the Rundschau appends to every feed teaser. */
export const RUNDSCHAU_READ_MORE = 'Weiterlesen';

/** RSS 2.0 with teasers only: the description holds the lead and a "Weiterlesen" link as escaped HTML. */
export function renderRundschauRss(ctx: RenderContext, items: PublishedArticle[], feedPath: string, title: string): string {
  const newest = items[0]?.published ?? ctx.now;
  const entries = items.map((a) => rssItem(ctx, a)).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>${escapeXml(title)}</title>
  <link>${escapeXml(absoluteUrl(ctx, ''))}</link>
  <description>${escapeXml(`Aktuelle Nachrichten der ${RUNDSCHAU_NAME}`)}</description>
  <language>de-de</language>
  <copyright>${escapeXml(`© ${ctx.now.getUTCFullYear()} ${RUNDSCHAU_NAME}`)}</copyright>
  <lastBuildDate>${rfc822Berlin(newest)}</lastBuildDate>
  <ttl>15</ttl>
  <atom:link href="${escapeXml(absoluteUrl(ctx, feedPath))}" rel="self" type="application/rss+xml"/>
  <image><url>${escapeXml(absoluteUrl(ctx, 'bilder/logo.svg'))}</url><title>${escapeXml(RUNDSCHAU_NAME)}</title><link>${escapeXml(absoluteUrl(ctx, ''))}</link></image>
${entries}
</channel>
</rss>
`;
}

function rssItem(ctx: RenderContext, a: PublishedArticle): string {
  const link = absoluteUrl(ctx, a.path);
  const description = `<p>${escapeHtml(a.lead)}</p><p><a href="${escapeHtml(link)}">${RUNDSCHAU_READ_MORE}</a></p>`;
  const enclosure = a.image
    ? `\n    <enclosure url="${escapeXml(absoluteUrl(ctx, imagePath(a)))}" type="image/svg+xml" length="0"/>`
    : '';
  return `  <item>
    <title>${escapeXml(a.title)}</title>
    <link>${escapeXml(link)}</link>
    <guid isPermaLink="false">${escapeXml(a.id)}</guid>
    <pubDate>${rfc822Berlin(a.published)}</pubDate>
    <category>${escapeXml(CATEGORY_NAMES[a.category])}</category>
    <description>${escapeXml(description)}</description>${enclosure}
  </item>`;
}
