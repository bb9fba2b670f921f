import { parseHTML } from 'linkedom';
import type { MediaBlock } from '../../domain/article.ts';
import { formatDuration } from './duration.ts';

const FIGURE_OPEN = /<figure\b([^>]*)>/gi;

/**
 * Adds `data-duration-label="4:05"` to each media figure so the stylesheet can show the duration
 * whatever form the page gave it in. The attribute goes right after `<figure`, so the rest of the
 * (already sanitised) markup is left byte for byte as it was. Figures without a duration of their
 * own take the one of the media block at the same position.
 */
export function labelMediaDurations(html: string, media: readonly MediaBlock[]): string {
  let index = 0;
  return html.replace(FIGURE_OPEN, (tag, attributes: string) => {
    if (!/\bdata-media\s*=/i.test(attributes)) return tag;
    const own = /\bdata-duration\s*=\s*"([^"]*)"/i.exec(attributes)?.[1];
    const label = formatDuration(own ?? null) ?? formatDuration(media[index]?.durationSeconds ?? null);
    index++;
    return label ? `<figure data-duration-label="${label}"${tag.slice('<figure'.length)}` : tag;
  });
}

/** Paragraphs inside these are quotes, captions or lists, not the running text of the article. */
const NOT_RUNNING_TEXT = 'figure, blockquote, aside, table, ul, ol, nav';

/**
 * The first `count` paragraphs of the running text of a sanitised body, as HTML. A paragraph that
 * repeats the lead is skipped, because pages often open the body with their teaser. Falls back to
 * the plain-text body (blocks separated by blank lines) when the HTML has no paragraphs.
 */
export function excerptHtml(bodyHtml: string, bodyText: string, lead: string | null, count = 2): string {
  const { document } = parseHTML(`<!doctype html><html><body>${bodyHtml}</body></html>`);
  const leadKey = normalise(lead ?? '');
  const paragraphs = Array.from(document.querySelectorAll('p'))
    .filter((p) => !p.closest(NOT_RUNNING_TEXT))
    .filter((p) => {
      const key = normalise(p.textContent ?? '');
      return key !== '' && key !== leadKey;
    })
    .slice(0, count);
  if (paragraphs.length > 0) return paragraphs.map((p) => p.outerHTML).join('\n');
  return bodyText
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '' && normalise(block) !== leadKey)
    .slice(0, count)
    .map((block) => `<p>${escapeText(block)}</p>`)
    .join('\n');
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
