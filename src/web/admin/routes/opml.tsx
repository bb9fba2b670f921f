import type { Context, Hono } from 'hono';
import { AppError } from '../../../platform/errors.ts';
import { exportOpmlDocument, importOpmlAudited, type OpmlImportReport } from '../../../services/sources/opml-transfer.ts';
import { fill } from '../../i18n/index.ts';
import type { AdminDeps } from '../context.ts';
import { CSRF_FIELD } from '../form-names.ts';
import { actorOf, explainError } from '../presenters.ts';
import { renderAdmin } from '../render.tsx';
import { MAX_UPLOAD_BYTES, OPML_IMPORT_PATH, requireAdmin, uploadLimit } from '../security.ts';

const UPLOAD_MB = String(MAX_UPLOAD_BYTES / (1024 * 1024));

/** The outcome of an import: the counts, the feeds added and those skipped as invalid. */
function ImportResult(props: { report: OpmlImportReport; m: Context['var']['admin']['messages'] }) {
  const { report, m } = props;
  return (
    <section class="opml-result" aria-labelledby="opml-result-title">
      <h2 id="opml-result-title">
        {fill(m.opmlResult, { added: String(report.added), already: String(report.alreadySubscribed), invalid: String(report.invalid.length) })}
      </h2>
      {report.addedFeeds.length > 0 ? (
        <>
          <h3>{m.opmlAdded}</h3>
          <ul class="opml-added">
            {report.addedFeeds.map((f) => (
              <li>
                <a href={`/admin/feeds/${f.id}`}>{f.url}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.invalid.length > 0 ? (
        <>
          <h3>{m.opmlInvalid}</h3>
          <ul class="opml-invalid">
            {report.invalid.map((bad) => (
              <li>
                {bad.url || '–'}
                {bad.title ? ` (${bad.title})` : ''}: {bad.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** `/admin/opml`: the import form (a file upload) and the export link, with an import's outcome or error. */
function opmlPage(c: Context, deps: AdminDeps, result: { report?: OpmlImportReport; error?: string } = {}): Promise<Response> {
  const m = c.get('admin').messages;
  const csrf = c.get('admin').session?.session.csrfToken ?? '';
  const error = result.error ?? (c.req.method === 'GET' && c.req.query('too-large') ? fill(m.opmlTooLarge, { size: UPLOAD_MB }) : null);
  return renderAdmin(
    c,
    deps,
    { title: m.opmlTitle },
    <section>
      <h1>{m.opmlTitle}</h1>
      {error ? (
        <p class="admin-error" role="alert">
          {error}
        </p>
      ) : null}
      {result.report ? <ImportResult report={result.report} m={m} /> : null}
      <h2>{m.opmlImport}</h2>
      <form method="post" action={OPML_IMPORT_PATH} enctype="multipart/form-data" class="admin-form">
        <input type="hidden" name={CSRF_FIELD} value={csrf} />
        <label>
          {m.opmlFile}
          <input type="file" name="file" accept=".opml,.xml,text/x-opml,text/xml,application/xml" required />
        </label>
        <small class="admin-hint">{fill(m.opmlImportHint, { size: UPLOAD_MB })}</small>
        <button type="submit">{m.opmlImport}</button>
      </form>
      <h2>{m.opmlExport}</h2>
      <p>
        <a href="/admin/opml/export" download>
          {m.opmlExportLink}
        </a>
      </p>
    </section>,
    error ? 400 : 200,
  );
}

/** OPML import (upload) and export (download) in the browser, through the use cases of `feeds import`/`feeds export`; admins only. */
export function registerOpml(app: Hono, deps: AdminDeps): void {
  const adminOnly = requireAdmin(deps);

  app.get('/admin/opml', adminOnly, (c) => opmlPage(c, deps));

  app.post(OPML_IMPORT_PATH, adminOnly, uploadLimit(), async (c) => {
    const m = c.get('admin').messages;
    const file = (await c.req.parseBody())['file'];
    if (!(file instanceof File) || file.size === 0) return opmlPage(c, deps, { error: m.opmlNoFile });
    try {
      const report = await importOpmlAudited(deps.ingest, new Uint8Array(await file.arrayBuffer()), file.name, actorOf(c));
      return opmlPage(c, deps, { report });
    } catch (error) {
      if (error instanceof AppError && error.module !== 'store') return opmlPage(c, deps, { error: fill(m.invalidInput, { reason: explainError(error, m) }) });
      throw error;
    }
  });

  app.get('/admin/opml/export', adminOnly, async (c) => {
    const { opml } = await exportOpmlDocument(deps.ingest, deps.site.config.siteName);
    const day = deps.ingest.clock.now().toISOString().slice(0, 10);
    return c.body(opml, 200, {
      'Content-Type': 'text/x-opml; charset=utf-8',
      'Content-Disposition': `attachment; filename="presseschau-feeds-${day}.opml"`,
    });
  });
}
