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
