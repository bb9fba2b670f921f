import type { z } from 'zod';
import { readSiteSettings, saveSiteSettings, type SiteSettingsTarget } from '../../services/admin/settings.ts';
import type { AccountDeps } from '../../services/accounts/deps.ts';
import { tokenActor } from './articles.ts';
import { type AdminRoute } from './route.ts';
import { SettingsBody, SettingsSchema } from './schemas.ts';

/** The site settings: admins only, as on the page; changes need the admin scope. */
export function settingsRoutes(deps: AccountDeps, live: SiteSettingsTarget, addressOf: (c: Parameters<AdminRoute['handle']>[0]) => string): AdminRoute[] {
  return [
    {
      method: 'GET', path: '/api/admin/settings', operationId: 'adminGetSettings', tag: 'settings', role: 'admin', scope: 'read',
      summary: 'The site settings and legal texts.',
      response: SettingsSchema,
      handle: () => readSiteSettings(deps.db, live),
    },
    {
      method: 'PUT', path: '/api/admin/settings', operationId: 'adminSetSettings', tag: 'settings', role: 'admin', scope: 'admin',
      summary: 'Changes the given settings (the others stay); they apply at once.',
      body: SettingsBody,
      response: SettingsSchema,
      async handle(c, caller, raw) {
        const body = raw as z.infer<typeof SettingsBody>;
        const current = await readSiteSettings(deps.db, live);
        await saveSiteSettings(
          deps,
          {
            siteName: body.siteName ?? current.siteName,
            footerText: body.footerText ?? current.footerText,
            defaultLanguage: body.defaultLanguage ?? current.defaultLanguage,
            pageSize: String(body.pageSize ?? current.pageSize),
            displayDefault: body.displayDefault ?? current.displayDefault,
            legal: body.legal ?? {},
          },
          live,
          tokenActor(caller, addressOf(c)),
        );
        return readSiteSettings(deps.db, live);
      },
    },
  ];
}
