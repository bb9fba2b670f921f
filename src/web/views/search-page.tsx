import type { TextPart } from '../../services/search/index.ts';
import type { Messages } from '../i18n/index.ts';
import type { SearchHitView, SearchView } from '../presenters/search.ts';
import { CardKicker, CardMeta } from './article-card.tsx';

/** Text with the matching words in <mark>; every piece is escaped like any value. */
function Marked(props: { parts: TextPart[] }) {
  return <>{props.parts.map((p) => (p.mark ? <mark>{p.text}</mark> : p.text))}</>;
}

/** One result: kicker, title and passage with the matches marked, source and date. */
function SearchResult(props: { hit: SearchHitView; messages: Messages }) {
  const c = props.hit.card;
  const lang = c.lang ?? undefined;
  return (
    <article class="card search__hit">
      <div class="card__text">
        <CardKicker card={c} />
        <h2 class="card__title" lang={lang}>
          <a href={c.href}>
            <Marked parts={props.hit.title} />
          </a>
        </h2>
        {props.hit.snippet.length > 0 ? (
          <p class="search__snippet" lang={lang}>
            <Marked parts={props.hit.snippet} />
          </p>
        ) : null}
        <CardMeta card={c} messages={props.messages} />
      </div>
    </article>
  );
}

/** The search page: a labelled search form, then the results (or why there are none). */
export function SearchPage(props: { view: SearchView; messages: Messages }) {
  const v = props.view;
  const m = props.messages;
  const r = v.results;
  return (
    <div class="list search">
      <header class="list__header">
        <h1 class="list__heading">{m.searchTitle}</h1>
        <form class="search__form" role="search" action="/suche" method="get">
          <label for="suche-q">{m.searchLabel}</label>
          <input id="suche-q" type="search" name="q" value={v.query} maxlength={v.maxLength} aria-describedby="suche-hinweis suche-syntax" />
          <button type="submit">{m.searchButton}</button>
          <p id="suche-hinweis" class={v.problem ? 'search__hint search__hint--problem' : 'search__hint'} role={v.problem ? 'alert' : undefined}>
            {v.problem ?? m.searchHint}
          </p>
          <p id="suche-syntax" class="search__syntax">
            {m.searchSyntax}
          </p>
        </form>
      </header>
      {r ? (
        <section class="search__results" aria-labelledby="suche-ergebnisse">
          <h2 id="suche-ergebnisse" class="search__heading">
            {r.heading}
          </h2>
          <p class="search__total">{r.total}</p>
          {r.hits.length > 0 ? (
            <div class="cards">
              {r.hits.map((hit) => (
                <SearchResult hit={hit} messages={m} />
              ))}
            </div>
          ) : (
            <p class="list__empty">{r.emptyText}</p>
          )}
          {r.pagination.previous || r.pagination.next ? (
            <nav class="pagination" aria-label={r.pagination.label}>
              {r.pagination.previous ? (
                <a href={r.pagination.previous.href} rel="prev">
                  {r.pagination.previous.text}
                </a>
              ) : null}
              <span class="pagination__current">{r.pagination.current}</span>
              {r.pagination.next ? (
                <a class="pagination__older" href={r.pagination.next.href} rel="next">
                  {r.pagination.next.text}
                </a>
              ) : null}
            </nav>
          ) : null}
          <ul class="search__feeds">
            {r.feeds.map((f) => (
              <li>
                <a href={f.href} rel="alternate">
                  {f.text}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
