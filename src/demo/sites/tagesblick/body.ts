import type { DemoBlock } from '../../types.ts';
import { escapeHtml } from '../../util/html.ts';

/** Where a video block links to and its thumbnail. */
export interface VideoTarget {
  href: string;
  thumb: string;
  id: string;
}

/** One body block in Tagesblick markup; videos become player teasers, quotes become pull quotes. */
export function tagesblickBlock(block: DemoBlock, video: () => VideoTarget): string {
  switch (block.type) {
    case 'p':
      return `<p class="article__text">${escapeHtml(block.text)}</p>`;
    case 'h2':
      return `<h2 class="article__subhead">${escapeHtml(block.text)}</h2>`;
    case 'quote':
      return `<aside class="pull-quote" role="complementary"><blockquote class="pull-quote__text quote">${escapeHtml(block.text)}</blockquote>` +
        `<p class="pull-quote__author">${escapeHtml(block.speaker)}</p></aside>`;
    case 'video':
      return videoTeaser(block, video());
    case 'list':
      return `<ul class="article__list">${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
    case 'table':
      return `<div class="table-wrap"><table><caption>${escapeHtml(block.caption)}</caption><thead><tr>${block.head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${block.rows
        .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table></div>`;
    case 'infobox':
      return `<aside class="infobox"><h3>${escapeHtml(block.title)}</h3><ul>${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul></aside>`;
  }
}

/**
 * A player teaser like national sites embed between paragraphs: thumbnail, title and duration with no
 * whitespace around it, so naive text extraction glues "…sagte er.Titel 18:17" together.
 */
function videoTeaser(block: { title: string; duration: string }, target: VideoTarget): string {
  return `<div class="v-teaser" data-component="VideoTeaser" data-video-id="${escapeHtml(target.id)}">` +
    `<a class="v-teaser__link" href="${escapeHtml(target.href)}">` +
    `<div class="v-teaser__media"><img class="v-teaser__image" src="${escapeHtml(target.thumb)}" alt="" width="480" height="270" loading="lazy">` +
    `<span class="v-teaser__play" aria-hidden="true"></span></div>` +
    `<div class="v-teaser__text"><span class="v-teaser__title">${escapeHtml(block.title)}</span> ` +
    `<span class="v-teaser__duration" aria-label="Dauer">${escapeHtml(block.duration)}</span></div></a></div>`;
}
