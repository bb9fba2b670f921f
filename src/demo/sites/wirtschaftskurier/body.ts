import type { DemoBlock } from '../../types.ts';
import { escapeHtml } from '../../util/html.ts';

/** One body block in the Kurier's WordPress-like markup; also used for the feed's content:encoded. */
export function kurierBlock(block: DemoBlock, videoThumb: () => string): string {
  switch (block.type) {
    case 'p':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'h2':
      return `<h2 class="wp-block-heading">${escapeHtml(block.text)}</h2>`;
    case 'quote':
      return `<blockquote class="wp-block-quote"><p>${escapeHtml(block.text)}</p><cite>${escapeHtml(block.speaker)}</cite></blockquote>`;
    case 'video':
      return `<figure class="wp-block-embed is-type-video"><img src="${videoThumb()}" alt="Video: ${escapeHtml(block.title)}" width="640" height="360"><figcaption>${escapeHtml(block.title)} (${escapeHtml(block.duration)})</figcaption></figure>`;
    case 'list':
      return `<ul class="wp-block-list">${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
    case 'table':
      return `<figure class="wp-block-table"><table><thead><tr>${block.head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${block.rows
        .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table><figcaption class="wp-element-caption">${escapeHtml(block.caption)}</figcaption></figure>`;
    case 'infobox':
      return `<aside class="wk-infobox"><h3 class="wk-infobox__title">${escapeHtml(block.title)}</h3><ul>${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul></aside>`;
  }
}
