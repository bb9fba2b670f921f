import type { Context, Hono } from 'hono';
import { AppError } from '../../../platform/errors.ts';
import { LEGAL_FIELDS, readSiteSettings, saveSiteSettings, type SettingsInput } from '../../../services/admin/settings.ts';
import { fill } from '../../i18n/index.ts';
import type { AdminDeps } from '../context.ts';
import { CSRF_FIELD } from '../form-names.ts';
import type { AdminMessages } from '../i18n/index.ts';
import { actorOf, explainError } from '../presenters.ts';
import { renderAdmin } from '../render.tsx';
import { formField, requireAdmin } from '../security.ts';

function legalLabel(field: string, m: AdminMessages): string {
  const labels: Record<string, string> = {
    'impressum.de': m.settingsImpressumDe,
    'impressum.en': m.settingsImpressumEn,
    'datenschutz.de': m.settingsDatenschutzDe,
    'datenschutz.en': m.settingsDatenschutzEn,
  };
  return labels[field] ?? field;
}

/** The form's values: what was typed after a refused save, else the settings as they are. */
type FormValues = Omit<SettingsInput, 'legal'> & { legal: Record<string, string> };

/** `/admin/settings`: site name, footer, interface language, articles per page, display of new sources, legal texts. */
async function settingsPage(c: Context, deps: AdminDeps, typed: FormValues | null = null, error: string | null = null): Promise<Response> {
  const m = c.get('admin').messages;
  const current = await readSiteSettings(deps.accounts.db, deps.site.config);
  const v: FormValues = typed ?? { ...current, pageSize: String(current.pageSize) };
  const policies: Array<[string, string]> = [
    ['full', m.policyFull],
    ['excerpt', m.policyExcerpt],
    ['headline', m.policyHeadline],
  ];
  return renderAdmin(
    c,
    deps,
    { title: m.settingsTitle },
    <section>
      <h1>{m.settingsTitle}</h1>
      {error ? (
        <p class="admin-error" role="alert">
          {error}
        </p>
      ) : null}
      <form method="post" action="/admin/settings" class="admin-form">
        <input type="hidden" name={CSRF_FIELD} value={c.get('admin').session?.session.csrfToken ?? ''} />
        <h2>{m.settingsSite}</h2>
        <label>
          {m.settingsSiteName}
          <input name="siteName" value={v.siteName} required maxlength={80} />
        </label>
        <label>
          {m.settingsFooter}
          <input name="footerText" value={v.footerText} maxlength={500} />
        </label>
        <label>
          {m.settingsLanguage}
          <select name="defaultLanguage">
            <option value="de" selected={v.defaultLanguage === 'de'}>
              Deutsch
            </option>
            <option value="en" selected={v.defaultLanguage === 'en'}>
              English
            </option>
          </select>
        </label>
        <label>
          {m.settingsPageSize}
          <input name="pageSize" type="number" min={5} max={100} value={v.pageSize} required />
        </label>
        <fieldset>
          <legend>{m.settingsDisplayDefault}</legend>
          {policies.map(([value, text]) => (
            <label>
              <input type="radio" name="displayDefault" value={value} checked={v.displayDefault === value} /> {text}
            </label>
          ))}
        </fieldset>
        <h2>{m.settingsLegal}</h2>
        <p class="admin-hint">{m.settingsLegalHint}</p>
        {LEGAL_FIELDS.map((field) => (
          <label>
            {legalLabel(field, m)}
            <textarea name={`legal.${field}`} rows={8}>
              {v.legal[field] ?? ''}
            </textarea>
          </label>
        ))}
        <button type="submit">{m.save}</button>
      </form>
    </section>,
    error ? 400 : 200,
  );
}

/** The settings page; admins only. */
export function registerSettings(app: Hono, deps: AdminDeps): void {
  const adminOnly = requireAdmin(deps);
  app.get('/admin/settings', adminOnly, (c) => settingsPage(c, deps));
  app.post('/admin/settings', adminOnly, async (c) => {
    const legal: Record<string, string> = {};
    for (const field of LEGAL_FIELDS) legal[field] = await formField(c, `legal.${field}`);
    const input: FormValues = {
      siteName: await formField(c, 'siteName'),
      footerText: await formField(c, 'footerText'),
      defaultLanguage: await formField(c, 'defaultLanguage'),
      pageSize: await formField(c, 'pageSize'),
      displayDefault: await formField(c, 'displayDefault'),
      legal,
    };
    try {
      await saveSiteSettings(deps.accounts, input, deps.site.config, actorOf(c));
    } catch (error) {
      if (error instanceof AppError && error.code === 'invalid_input') {
        const m = c.get('admin').messages;
        return settingsPage(c, deps, input, fill(m.invalidInput, { reason: explainError(error, m) }));
      }
      throw error;
    }
    return c.redirect('/admin/settings?notice=saved', 303);
  });
}
