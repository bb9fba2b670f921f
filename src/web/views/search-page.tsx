import type { Messages } from '../i18n/index.ts';
import type { SearchView } from '../presenters/search.ts';
import { ListBody } from './list-page.tsx';

/** The search page: a labelled search form, then the results (or why there are none). */
export function SearchPage(props: { view: SearchView; messages: Messages }) {
  const v = props.view;
  const m = props.messages;
  return (
    <div class="list search">
      <header class="list__header">
        <h1 class="list__heading">{m.searchTitle}</h1>
        <form class="search__form" role="search" action="/suche" method="get">
          <label for="suche-q">{m.searchLabel}</label>
          <input id="suche-q" type="search" name="q" value={v.query} maxlength={v.maxLength} aria-describedby="suche-hinweis" />
          <button type="submit">{m.searchButton}</button>
          <p id="suche-hinweis" class="search__hint">
            {v.problem ?? m.searchHint}
          </p>
        </form>
      </header>
      {v.results ? (
        <section class="search__results" aria-labelledby="suche-ergebnisse">
          <h2 id="suche-ergebnisse" class="search__heading">
            {v.results.heading}
          </h2>
          <ListBody view={v.results.list} messages={m} />
        </section>
      ) : null}
    </div>
  );
}
