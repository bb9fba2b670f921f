import type { SearchHit, TextPart } from '../../services/search/index.ts';
import { visibleCard } from '../../services/display/visible-article.ts';
import { presentArticleCard } from '../articles/presenter.ts';
import type { SearchHitJson } from './schema.ts';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Marked text as HTML: every piece escaped, matches in <mark>, nothing else. */
export function markedHtml(parts: readonly TextPart[]): string {
  return parts.map((p) => (p.mark ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join('');
}

/** A search hit as API JSON, under its source's display policy. */
export function presentSearchHit(hit: SearchHit): SearchHitJson {
  return {
    article: presentArticleCard(visibleCard({ ...hit.card, displayPolicy: hit.displayPolicy })),
    titleHtml: markedHtml(hit.title),
    snippetHtml: markedHtml(hit.snippet),
  };
}
