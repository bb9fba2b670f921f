import type { PublishedArticle } from '../site.ts';
import { escapeHtml } from '../../util/html.ts';
import { germanDateTime } from '../../util/dates.ts';
import { stableHash } from '../../util/slug.ts';

const POOL: Array<[string, string]> = [
  ['Hanne_K', 'Endlich berichtet mal jemand ausführlich darüber. Danke für den Artikel!'],
  ['Nordlicht58', 'Das hätte man alles schon vor Jahren wissen können. Passiert ist trotzdem nichts.'],
  ['B. Wendland', 'Ich sehe das etwas differenzierter als die meisten hier. Man sollte erst einmal abwarten.'],
  ['kritischer_leser', 'Wer bezahlt das am Ende? Natürlich wieder wir Bürger.'],
  ['Gerd aus Lindenau', 'Bei uns im Ortsteil redet man seit Wochen über nichts anderes.'],
  ['M.Ostermann', 'Sachlich und gut recherchiert, so wünscht man sich Lokaljournalismus.'],
  ['Fietje', 'Die Überschrift ist mal wieder reißerischer als der Inhalt.'],
  ['Petra S.', 'Ich kenne einige Betroffene persönlich. Für die ist das alles andere als eine Randnotiz.'],
];

/** A comments section with a few reader comments picked deterministically, all dated before `now`. */
export function commentsSection(article: PublishedArticle, now: Date): string {
  const h = stableHash(article.id);
  const count = 2 + (h % 3);
  // Spread the comments over the time since publication, at most 47 minutes apart, never in the future.
  const gap = Math.min(47 * 60_000, (now.getTime() - article.published.getTime()) / (count + 1));
  const items = Array.from({ length: count }, (_, i) => {
    const [name, text] = POOL[(h + i * 3) % POOL.length]!;
    const at = new Date(article.published.getTime() + Math.round(((i + 1) * gap) / 60_000) * 60_000);
    return `<li class="comment"><p class="comment__meta"><strong>${escapeHtml(name)}</strong> schrieb am ${germanDateTime(at)}:</p><p class="comment__text">${escapeHtml(text)}</p><a class="comment__reply" href="#kommentar-form">Antworten</a> <a class="comment__report" href="#melden">Melden</a></li>`;
  }).join('\n    ');
  return `
<section class="comments" id="kommentare">
  <h2>Kommentare (${count})</h2>
  <p class="comments__rules">Bitte beachten Sie unsere Netiquette. Kommentare werden vor der Freischaltung geprüft.</p>
  <ol class="comments__list">
    ${items}
  </ol>
  <form id="kommentar-form" class="comments__form" method="post" action="#kommentare">
    <label>Ihr Name <input name="name"></label>
    <label>Ihr Kommentar <textarea name="text" rows="4"></textarea></label>
    <button type="submit">Kommentar absenden</button>
  </form>
</section>`;
}
