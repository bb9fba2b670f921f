import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import type { LayoutView } from '../presenters/layout.ts';
import { NavList } from './nav-list.tsx';

/** The page frame: head, masthead with navigation and language switch, main, footer. */
export function Layout(props: { view: LayoutView; stylesheet: string; children?: Child }) {
  const v = props.view;
  return (
    <html lang={v.language}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>{v.title}</title>
        {v.description ? <meta name="description" content={v.description} /> : null}
        {v.robots ? <meta name="robots" content={v.robots} /> : null}
        {v.canonicalUrl ? <link rel="canonical" href={v.canonicalUrl} /> : null}
        {v.alternates.map((a) => (
          <link rel="alternate" hreflang={a.hreflang} href={a.href} />
        ))}
        {v.meta.map((m) => ('property' in m ? <meta property={m.property} content={m.content} /> : <meta name={m.name} content={m.content} />))}
        {v.jsonLd ? <script type="application/ld+json">{raw(v.jsonLd)}</script> : null}
        {v.nextPagePath ? <link rel="next" href={v.nextPagePath} /> : null}
        {v.feeds.map((f) => (
          <link rel="alternate" type={f.type} href={f.href} title={f.title} />
        ))}
        <link rel="stylesheet" href={props.stylesheet} />
      </head>
      <body>
        <a class="skip-link" href="#inhalt">
          {v.skipLink}
        </a>
        <header class="masthead">
          <div class="masthead__bar">
            <a class="masthead__name" href="/">
              {v.siteName}
            </a>
            <a
              class="masthead__language"
              href={v.languageSwitch.href}
              lang={v.languageSwitch.lang}
              hreflang={v.languageSwitch.lang}
              title={v.languageSwitch.hint}
            >
              {v.languageSwitch.text}
            </a>
          </div>
          <NavList items={v.nav} label={v.navLabel} navClass="sections" />
        </header>
        <main id="inhalt" tabindex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          <nav class="site-footer__nav" aria-label={v.footerNav.label}>
            <ul>
              {v.footerNav.links.map((l) => (
                <li>
                  <a href={l.href}>{l.text}</a>
                </li>
              ))}
            </ul>
          </nav>
          {v.footerText ? <p>{v.footerText}</p> : null}
        </footer>
      </body>
    </html>
  );
}
