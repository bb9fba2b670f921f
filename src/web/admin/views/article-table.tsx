import type { AdminArticle } from '../../../services/admin/articles.ts';
import type { AdminMessages } from '../i18n/index.ts';
import { formatWhen } from '../presenters.ts';
import type { AdminLocale } from '../presenters.ts';
import { ArticleActions, actionsFor, stateWords } from './article-actions.tsx';

/** Articles as the admin's table: headline (to the edit page), source, category, time, state and the actions. */
export function ArticleTable(props: { articles: AdminArticle[]; m: AdminMessages; locale: AdminLocale; csrf: string; back: string }) {
  const { m } = props;
  return (
    <table class="admin-table">
      <thead>
        <tr>
          <th scope="col">{m.colHeadline}</th>
          <th scope="col">{m.colSource}</th>
          <th scope="col">{m.colCategory}</th>
          <th scope="col">{m.colTime}</th>
          <th scope="col">{m.colState}</th>
          <th scope="col">{m.colActions}</th>
        </tr>
      </thead>
      <tbody>
        {props.articles.map((a) => (
          <tr data-article-id={String(a.id)}>
            <td>
              <a href={`/admin/articles/${a.id}`}>{a.title}</a>
            </td>
            <td>{a.sourceName}</td>
            <td>{a.categoryName ?? ''}</td>
            <td>
              <time datetime={a.sortAt}>{formatWhen(a.sortAt, props.locale, m.never)}</time>
            </td>
            <td>{stateWords(a, m)}</td>
            <td>
              <ArticleActions article={a} actions={actionsFor(a)} m={m} csrf={props.csrf} back={props.back} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
