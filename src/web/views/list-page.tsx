import type { Messages } from '../i18n/index.ts';
import type { ListView } from '../presenters/list.ts';
import { ArticleCard } from './article-card.tsx';

/** A list of article cards (front page, category, source) with the link to older articles. */
export function ListPage(props: { view: ListView; messages: Messages }) {
  const v = props.view;
  return (
    <div class="list">
      <header class="list__header">
        {v.kicker ? <p class="kicker">{v.kicker}</p> : null}
        <h1 class="list__heading">{v.heading}</h1>
        {v.aside ? (
          <p class="list__aside">
            <a href={v.aside.href} rel="noopener">
              {v.aside.text}
            </a>
          </p>
        ) : null}
        {v.sublists ? (
          <nav class="list__sublists" aria-label={v.sublists.label}>
            <ul>
              {v.sublists.links.map((l) => (
                <li>
                  <a href={l.href}>{l.text}</a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <ListBody view={v} messages={props.messages} />
    </div>
  );
}

/** The cards of a list (or the text saying it is empty) and its paging links. */
export function ListBody(props: { view: ListView; messages: Messages }) {
  const v = props.view;
  const { older, newest } = v.pagination;
  return (
    <>
      {v.cards.length > 0 ? (
        <div class="cards">
          {v.cards.map((card) => (
            <ArticleCard card={card} messages={props.messages} />
          ))}
        </div>
      ) : (
        <p class="list__empty">{v.emptyText}</p>
      )}
      {older || newest ? (
        <nav class="pagination" aria-label={v.pagination.label}>
          {newest ? <a href={newest.href}>{newest.text}</a> : null}
          {older ? (
            <a class="pagination__older" href={older.href} rel="next">
              {older.text}
            </a>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
