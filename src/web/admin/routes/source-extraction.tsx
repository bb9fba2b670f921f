import type { Context, Hono } from 'hono';
import { AppError } from '../../../platform/errors.ts';
import { setSourceFullText, setSourceSiteRule } from '../../../services/sources/extraction.ts';
import { fill } from '../../i18n/index.ts';
import type { AdminDeps } from '../context.ts';
import { actorOf, explainError, pathId } from '../presenters.ts';
import { renderMessage } from '../render.tsx';
import { formField, requireAdmin } from '../security.ts';
import { editPage, type EditDraft } from './sources.tsx';

const INPUT_ERRORS = new Set(['invalid_input', 'invalid_selector', 'invalid_host']);

/** Runs a source action; not found is 404, invalid input shows the edit page again with the reason and the draft. */
async function act(c: Context, deps: AdminDeps, draft: EditDraft, action: (id: number) => Promise<unknown>): Promise<Response> {
  const id = pathId(c.req.param('id'));
  if (id === null) return renderMessage(c, deps, 'notFound', 404);
  try {
    await action(id);
  } catch (error) {
    if (error instanceof AppError && error.code === 'source_not_found') return renderMessage(c, deps, 'notFound', 404);
    if (error instanceof AppError && INPUT_ERRORS.has(error.code)) {
      const m = c.get('admin').messages;
      return editPage(c, deps, id, fill(m.invalidInput, { reason: explainError(error, m) }), draft);
    }
    throw error;
  }
  return c.redirect(`/admin/sources/${id}?notice=saved`, 303);
}

/** A source's full-text switch and site rule (forms on its edit page); admins only. */
export function registerSourceExtraction(app: Hono, deps: AdminDeps): void {
  const adminOnly = requireAdmin(deps);

  app.post('/admin/sources/:id{[0-9]+}/full-text', adminOnly, async (c) => {
    const choice = await formField(c, 'fullText');
    return act(c, deps, { fullText: choice }, (id) => setSourceFullText(deps.accounts, id, choice, actorOf(c)));
  });

  app.post('/admin/sources/:id{[0-9]+}/site-rule', adminOnly, async (c) => {
    const rule = { host: await formField(c, 'host'), body: await formField(c, 'body'), remove: await formField(c, 'remove') };
    return act(c, deps, { rule }, (id) => setSourceSiteRule(deps.accounts, id, rule, actorOf(c)));
  });
}
