import type { Hono } from 'hono';
import { LEGAL_PAGES, type LegalPage as LegalPageName } from '../../services/site/legal-texts.ts';
import type { SiteDeps } from '../context.ts';
import { otherLanguage } from '../i18n/index.ts';
import { presentLegal } from '../presenters/legal.ts';
import { renderWithNav } from '../render.tsx';
import { legalPath } from '../urls.ts';
import { LegalPage } from '../views/legal-page.tsx';

/** `/impressum` and `/datenschutz`: the admin's texts from the settings, or the site's defaults until there are some. */
export function registerLegal(app: Hono, deps: SiteDeps): void {
  for (const page of LEGAL_PAGES) {
    app.get(legalPath(page), async (c) => {
      const ui = c.get('siteUi');
      const m = ui.messages;
      const other = otherLanguage(ui.language);
      const [own, otherText] = await Promise.all([deps.reader.legalText(page, ui.language), deps.reader.legalText(page, other)]);
      const { title, fallback } = texts(page, m);
      const view = presentLegal(title, { own, other: otherText, fallback }, ui.language, other);
      return renderWithNav(c, deps, { title, canonicalPath: legalPath(page), feedList: null }, <LegalPage view={view} />);
    });
  }
}

function texts(page: LegalPageName, m: { imprintTitle: string; imprintDefault: string; privacyTitle: string; privacyDefault: string }) {
  return page === 'impressum' ? { title: m.imprintTitle, fallback: m.imprintDefault } : { title: m.privacyTitle, fallback: m.privacyDefault };
}
