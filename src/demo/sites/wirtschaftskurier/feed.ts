import { CATEGORY_NAMES } from '../../types.ts';
import { absoluteUrl, imagePath, videoThumbPath } from '../site.ts';
import type { PublishedArticle, RenderContext } from '../site.ts';
import { cdata, escapeHtml, escapeXml } from '../../util/html.ts';
import { KURIER_NAME } from './chrome.ts';
import { kurierBlock } from './body.ts';

/** RSS 2.0 in WordPress style: full text in content:encoded, authors in dc:creator, dates in GMT. */
export function renderKurierRss(ctx: RenderContext, items: PublishedArticle[], feedPath: string): string {
  const newest = items[0]?.published ?? ctx.now;
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	>

<channel>
	<title>${escapeXml(KURIER_NAME)}</title>
	<atom:link href="${escapeXml(absoluteUrl(ctx, feedPath))}" rel="self" type="application/rss+xml" />
	<link>${escapeXml(absoluteUrl(ctx, ''))}</link>
	<description>Wirtschaft, Unternehmen und Märkte</description>
	<lastBuildDate>${newest.toUTCString().replace('GMT', '+0000')}</lastBuildDate>
	<language>de-DE</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.4.2</generator>
${items.map((a) => rssItem(ctx, a)).join('\n')}
</channel>
</rss>
`;
}

function rssItem(ctx: RenderContext, a: PublishedArticle): string {
  let video = 0;
  const content = a.body.map((b) => kurierBlock(b, () => absoluteUrl(ctx, videoThumbPath(a, video++)))).join('\n');
  const image = a.image ? `<p><img src="${absoluteUrl(ctx, imagePath(a))}" alt="" width="1200" height="675"></p>\n` : '';
  const footer = `\n<p>Der Beitrag <a href="${absoluteUrl(ctx, a.path)}">${escapeHtml(a.title)}</a> erschien zuerst auf ${KURIER_NAME}.</p>`;
  return `	<item>
		<title>${escapeXml(a.title)}</title>
		<link>${escapeXml(absoluteUrl(ctx, a.path))}</link>
		<dc:creator>${cdata(a.author)}</dc:creator>
		<pubDate>${a.published.toUTCString().replace('GMT', '+0000')}</pubDate>
		<category>${cdata(CATEGORY_NAMES[a.category])}</category>
		<guid isPermaLink="false">${escapeXml(a.id)}</guid>
		<description>${cdata(a.lead + ' […]')}</description>
		<content:encoded>${cdata(image + content + footer)}</content:encoded>
	</item>`;
}
