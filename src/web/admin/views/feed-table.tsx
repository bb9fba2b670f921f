import type { AdminMessages } from '../i18n/index.ts';
import type { FeedRowView } from '../presenters.ts';
import { CSRF_FIELD } from '../form-names.ts';
import { Sparkline } from './charts.tsx';

/** The feeds' health: last fetch, status, error in plain words, next check, errors in a row, with pause/resume. */
export function FeedTable(props: { feeds: FeedRowView[]; m: AdminMessages; csrf: string; back: string }) {
  const { m } = props;
  return (
    <table class="admin-table">
      <thead>
        <tr>
          <th scope="col">{m.feedUrl}</th>
          <th scope="col">{m.feedStatus}</th>
          <th scope="col">{m.feedLastFetch}</th>
          <th scope="col">{m.feedNextCheck}</th>
          <th scope="col">{m.feedErrors}</th>
          <th scope="col">{m.feedPerDay}</th>
          <th scope="col">{m.colActions}</th>
        </tr>
      </thead>
      <tbody>
        {props.feeds.map((f) => (
          <tr data-feed-id={String(f.id)}>
            <td>
              <a href={`/admin/feeds/${f.id}`}>{f.title}</a>
              <br />
              <small>{f.url}</small>
            </td>
            <td class={f.failing && !f.paused ? 'admin-status--failing' : undefined}>
              {f.status}
              {f.error ? (
                <>
                  <br />
                  <small class="feed-error">{f.error}</small>
                </>
              ) : null}
            </td>
            <td>{f.lastFetch.iso ? <time datetime={f.lastFetch.iso}>{f.lastFetch.text}</time> : f.lastFetch.text}</td>
            <td>{f.nextCheck.iso ? <time datetime={f.nextCheck.iso}>{f.nextCheck.text}</time> : f.nextCheck.text}</td>
            <td>{String(f.errorCount)}</td>
            <td>
              {f.perDay} <Sparkline bars={f.perDayChart.bars} label={f.perDayChart.label} />
            </td>
            <td>
              <form method="post" action={`/admin/feeds/${f.id}/${f.paused ? 'resume' : 'pause'}`} class="admin-inline-form">
                <input type="hidden" name={CSRF_FIELD} value={props.csrf} />
                <input type="hidden" name="back" value={props.back} />
                <button type="submit">{f.paused ? m.resume : m.pause}</button>
              </form>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
