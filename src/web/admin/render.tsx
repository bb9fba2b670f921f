import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { fill, otherLanguage } from '../i18n/index.ts';
import { stylesheet } from '../routes/assets.ts';
import { languageSwitchPath, stylesheetPath } from '../urls.ts';
import { adminStylesheetPath } from './assets.ts';
import type { AdminDeps } from './context.ts';
import type { AdminMessages } from './i18n/index.ts';
import { AdminLayout, type AdminLayoutView, type AdminNavItem } from './views/layout.tsx';

/** Notices a redirect may ask for with `?notice=`; only these keys, so a link cannot put its own text on the page. */
const NOTICES = ['saved', 'subscribed', 'deletedKept', 'deletedPurged', 'passwordChanged', 'actionDone'] as const;
export type NoticeKey = (typeof NOTICES)[number];

function noticeText(c: Context, m: AdminMessages): string | null {
  const key = c.req.query('notice');
  return (NOTICES as readonly string[]).includes(key ?? '') ? m[key as NoticeKey] : null;
}

function navigation(m: AdminMessages, role: string | null, path: string): AdminNavItem[] {
  if (role === null) return [];
  const items: Array<[string, string, boolean]> = [
    ['/admin', m.navDashboard, true],
    ['/admin/articles', m.navArticles, true],
    ['/admin/review', m.navReview, true],
    ['/admin/sources', m.navSources, role === 'admin'],
    ['/admin/settings', m.navSettings, role === 'admin'],
    ['/admin/audit', m.navAudit, role === 'admin'],
    ['/admin/tokens', m.navTokens, true],
    ['/admin/password', m.navPassword, true],
  ];
  return items
    .filter(([, , shown]) => shown)
    .map(([href, text]) => ({ href, text, current: href === '/admin' ? path === '/admin' : path === href || path.startsWith(`${href}/`) }));
}

/** Renders an admin page in the frame, in the interface language, as HTML with the given status. */
export async function renderAdmin(
  c: Context,
  deps: AdminDeps,
  options: { title: string },
  content: Child,
  status: ContentfulStatusCode = 200,
): Promise<Response> {
  const ui = c.get('siteUi');
  const admin = c.get('admin');
  const m = admin.messages;
  const session = admin.session;
  const other = otherLanguage(ui.language);
  const view: AdminLayoutView = {
    language: ui.language,
    title: options.title,
    siteName: deps.site.config.siteName,
    areaName: m.adminTitle,
    navLabel: m.navLabel,
    nav: navigation(m, session?.user.role ?? null, c.req.path),
    account: session
      ? {
          text: fill(m.loggedInAs, { name: session.user.name, role: session.user.role === 'admin' ? m.roleAdmin : m.roleEditor }),
          logout: m.logout,
          csrf: session.session.csrfToken,
        }
      : null,
    languageSwitch: { href: languageSwitchPath(other, ui.path), text: m.switchLanguage, lang: other },
    toSite: m.toSite,
    notice: noticeText(c, m),
  };
  const page = (
    <AdminLayout view={view} stylesheets={[stylesheetPath(stylesheet.version), adminStylesheetPath()]}>
      {content}
    </AdminLayout>
  );
  c.header('Content-Language', ui.language);
  return c.html(`<!DOCTYPE html>${await page.toString()}`, status);
}

/** A page that only says why the request was refused or found nothing. */
export function renderMessage(c: Context, deps: AdminDeps, kind: 'csrf' | 'forbidden' | 'notFound', status: ContentfulStatusCode): Promise<Response> {
  const m = c.get('admin').messages;
  const [title, text] = kind === 'csrf' ? [m.csrfTitle, m.csrfText] : kind === 'forbidden' ? [m.forbiddenTitle, m.forbiddenText] : [m.notFoundTitle, m.notFoundText];
  return renderAdmin(
    c,
    deps,
    { title },
    <section>
      <h1>{title}</h1>
      <p>{text}</p>
    </section>,
    status,
  );
}
