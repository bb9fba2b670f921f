import type { Hono } from 'hono';
import { listReviewQueue } from '../../../services/admin/articles.ts';
import type { AdminDeps } from '../context.ts';
import { pathId } from '../presenters.ts';
import { renderAdmin } from '../render.tsx';
import { ArticleTable } from '../views/article-table.tsx';

const PAGE_SIZE = 50;

/** `/admin/review`: the articles waiting for approval, each with approve and reject; editors and admins. */
export function registerReview(app: Hono, deps: AdminDeps): void {
  app.get('/admin/review', async (c) => {
    const { messages: m, session } = c.get('admin');
    const locale = c.get('siteUi');
    const before = pathId(c.req.query('before'));
    const page = await listReviewQueue(deps.accounts, { limit: PAGE_SIZE, before });
    return renderAdmin(
      c,
      deps,
      { title: m.reviewTitle },
      <section>
        <h1>{m.reviewTitle}</h1>
        <p>{m.reviewIntro}</p>
        {page.items.length === 0 ? (
          <p>{m.reviewEmpty}</p>
        ) : (
          <ArticleTable articles={page.items} m={m} locale={locale} csrf={session?.session.csrfToken ?? ''} back="/admin/review" />
        )}
        {page.nextBefore !== null ? (
          <p>
            <a href={`/admin/review?before=${page.nextBefore}`} rel="next">
              {m.olderArticles}
            </a>
          </p>
        ) : null}
      </section>,
    );
  });
}
