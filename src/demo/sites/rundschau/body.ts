import type { DemoBlock } from '../../types.ts';
import { escapeHtml } from '../../util/html.ts';

/** One body block in the Rundschau's markup: plain tags, quotes as indented boxes, videos as embeds. */
export function rundschauBlock(block: DemoBlock, videoThumb: () => string): string {
  switch (block.type) {
    case 'p':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'h2':
      return `<h2 class="zwischentitel">${escapeHtml(block.text)}</h2>`;
    case 'quote':
      return `<blockquote class="zitat"><p>„${escapeHtml(block.text)}“</p><footer>${escapeHtml(block.speaker)}</footer></blockquote>`;
    case 'video':
      return `<div class="embed embed--video" data-provider="nr-video">
  <img src="${videoThumb()}" alt="" loading="lazy" width="640" height="360">
  <p class="embed__caption">Video: ${escapeHtml(block.title)} (${escapeHtml(block.duration)})</p>
</div>`;
    case 'list':
      return `<ul>${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
    case 'table':
      return `<table><caption>${escapeHtml(block.caption)}</caption><tr>${block.head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>${block.rows
        .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
        .join('')}</table>`;
    case 'infobox':
      return `<div class="infokasten"><h3>${escapeHtml(block.title)}</h3><ul>${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul></div>`;
  }
}
