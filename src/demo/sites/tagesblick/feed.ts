import { CATEGORY_NAMES } from '../../types.ts';
import { absoluteUrl, imagePath } from '../site.ts';
import type { PublishedArticle, RenderContext } from '../site.ts';
import { escapeXml } from '../../util/html.ts';
import { TAGESBLICK_NAME } from './chrome.ts';

/** Atom ids use a tag URI (RFC 4151) on a fixed date so they never change with host, port or time. */
const TAG = 'tag:tagesblick.example,2020';

/** Atom 1.0 with plain-text summaries. */
export function renderTagesblickAtom(ctx: RenderContext, items: PublishedArticle[], feedPath: string, title: string): string {
  const updated = items.reduce((max, a) => (a.updated > max ? a.updated : max), items[0]?.updated ?? ctx.now);
  const entries = items.map((a) => atomEntry(ctx, a)).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
  <id>${TAG}:feed/${escapeXml(feedPath)}</id>
  <title>${escapeXml(title)}</title>
  <subtitle>Nachrichten, Hintergründe und Analysen</subtitle>
  <updated>${updated.toISOString().replace('.000Z', 'Z')}</updated>
  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(ctx, feedPath))}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(ctx, ''))}"/>
  <icon>${escapeXml(absoluteUrl(ctx, 'bilder/logo.svg'))}</icon>
  <rights>© ${TAGESBLICK_NAME} ${ctx.now.getUTCFullYear()}</rights>
  <generator>TB-Publish 4.2</generator>
${entries}
</feed>
`;
}

function atomEntry(ctx: RenderContext, a: PublishedArticle): string {
  const image = a.image
    ? `\n    <link rel="enclosure" type="image/svg+xml" href="${escapeXml(absoluteUrl(ctx, imagePath(a)))}"/>`
    : '';
  return `  <entry>
    <id>${TAG}:artikel/${escapeXml(a.id)}</id>
    <title type="text">${escapeXml(a.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(ctx, a.path))}"/>${image}
    <published>${a.published.toISOString().replace('.000Z', 'Z')}</published>
    <updated>${a.updated.toISOString().replace('.000Z', 'Z')}</updated>
    <author><name>${escapeXml(a.author)}</name></author>
    <category term="${a.category}" label="${escapeXml(CATEGORY_NAMES[a.category])}"/>
    <summary type="text">${escapeXml(a.lead)}</summary>
  </entry>`;
}
