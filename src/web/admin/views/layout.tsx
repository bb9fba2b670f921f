import type { Child } from 'hono/jsx';
import { NavList } from '../../views/nav-list.tsx';
import { CSRF_FIELD } from '../form-names.ts';

/** One entry of the admin navigation. */
export interface AdminNavItem {
  href: string;
  text: string;
  current: boolean;
}

/** Everything the admin frame shows, prepared by the presenter in render.tsx. */
export interface AdminLayoutView {
  language: string;
  title: string;
  siteName: string;
  areaName: string;
  navLabel: string;
  nav: AdminNavItem[];
  /** The logged-in user's line and the logout form, or null on the login page. */
  account: { text: string; logout: string; csrf: string } | null;
  languageSwitch: { href: string; text: string; lang: string };
  toSite: string;
  /** A one-line notice after an action ("Gespeichert."). */
  notice: string | null;
}

/** The admin area's frame: header with navigation, account and language switch; no script anywhere. */
export function AdminLayout(props: { view: AdminLayoutView; stylesheets: string[]; children?: Child }) {
  const v = props.view;
  return (
    <html lang={v.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{`${v.title} – ${v.areaName} – ${v.siteName}`}</title>
        {props.stylesheets.map((href) => (
          <link rel="stylesheet" href={href} />
        ))}
      </head>
      <body class="admin">
        <header class="admin-header">
          <p class="admin-header__name">
            <a href="/admin">{`${v.siteName} · ${v.areaName}`}</a>
          </p>
          <NavList items={v.nav} label={v.navLabel} listClass="admin-nav" />
          <div class="admin-header__tools">
            <a href={v.languageSwitch.href} lang={v.languageSwitch.lang} hreflang={v.languageSwitch.lang}>
              {v.languageSwitch.text}
            </a>
            <a href="/">{v.toSite}</a>
            {v.account ? (
              <form method="post" action="/admin/logout" class="admin-inline-form">
                <span>{v.account.text}</span>
                <input type="hidden" name={CSRF_FIELD} value={v.account.csrf} />
                <button type="submit">{v.account.logout}</button>
              </form>
            ) : null}
          </div>
        </header>
        <main class="admin-main">
          {v.notice ? (
            <p class="admin-notice" role="status">
              {v.notice}
            </p>
          ) : null}
          {props.children}
        </main>
      </body>
    </html>
  );
}
