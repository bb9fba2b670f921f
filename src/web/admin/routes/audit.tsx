import type { Hono } from 'hono';
import { latestAudit } from '../../../services/accounts/audit.ts';
import type { AdminDeps } from '../context.ts';
import { formatWhen } from '../presenters.ts';
import { renderAdmin } from '../render.tsx';
import { requireAdmin } from '../security.ts';

/** `/admin/audit`: the latest 200 admin actions, newest first (admins only). */
export function registerAudit(app: Hono, deps: AdminDeps): void {
  app.get('/admin/audit', requireAdmin(deps), async (c) => {
    const m = c.get('admin').messages;
    const locale = c.get('siteUi');
    const entries = await latestAudit(deps.accounts.db, 200);
    return renderAdmin(
      c,
      deps,
      { title: m.auditTitle },
      <section>
        <h1>{m.auditTitle}</h1>
        {entries.length === 0 ? (
          <p>{m.auditEmpty}</p>
        ) : (
          <table class="admin-table">
            <thead>
              <tr>
                <th scope="col">{m.auditWhen}</th>
                <th scope="col">{m.auditWho}</th>
                <th scope="col">{m.auditWhat}</th>
                <th scope="col">{m.auditTarget}</th>
                <th scope="col">{m.auditAddress}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr>
                  <td>
                    <time datetime={e.createdAt}>{formatWhen(e.createdAt, locale, m.never)}</time>
                  </td>
                  <td>{e.userName}</td>
                  <td>{e.action}</td>
                  <td>
                    {e.target ?? ''}
                    {e.detail ? (
                      <>
                        <br />
                        <small>{e.detail}</small>
                      </>
                    ) : null}
                  </td>
                  <td>{e.address ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>,
    );
  });
}
