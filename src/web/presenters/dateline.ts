import type { ArticleCard } from '../../domain/read-models.ts';
import type { Ui } from '../context.ts';
import { presentTime, type TimeView } from './time.ts';

/**
 * When an article appeared. `published` uses the publisher's own time; `found` is used only when
 * the publisher gave none, and is worded as such, so the import time never poses as publication.
 */
export type Dateline = { kind: 'published'; time: TimeView } | { kind: 'found'; time: TimeView };

/** Chooses the time to show for an article and formats it for the interface language. */
export function presentDateline(article: Pick<ArticleCard, 'publishedAt' | 'firstSeenAt'>, ui: Ui): Dateline | null {
  const locale = ui.messages.locale;
  if (article.publishedAt) {
    const time = presentTime(article.publishedAt, ui.now, locale, ui.timeZone);
    if (time) return { kind: 'published', time };
  }
  const found = presentTime(article.firstSeenAt, ui.now, locale, ui.timeZone);
  return found ? { kind: 'found', time: found } : null;
}
