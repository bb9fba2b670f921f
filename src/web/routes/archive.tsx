import type { Context, Hono } from 'hono';
import type { SiteDeps } from '../context.ts';
import {
  archiveYears, parsePeriod, periodIsOpen, periodName, periodPath, periodRange, presentParts, presentTrail, type ArchivePeriod,
} from '../presenters/archive.ts';
import { presentList } from '../presenters/list.ts';
import { renderWithNav } from '../render.tsx';
import { archivePath } from '../urls.ts';
import { ArchiveIndex, ArchivePage } from '../views/archive-page.tsx';
import { listOptions, pageCanonical } from './paging.ts';
import { strictQuery } from './query.ts';

const YEAR = ':year{[0-9]{4}}';
const MONTH = ':month{[0-9]{2}}';
const DAY = ':day{[0-9]{2}}';

/**
 * The date archive: `/archiv` (years and months), `/archiv/2026`, `/archiv/2026/11` and
 * `/archiv/2026/11/27`, each listing the articles of that period by their publisher's time (the
 * first-seen time when none, and never later than it) in the site's zone, with cursor pages.
 * Dates that do not exist, and periods wholly before the first article or after now, are 404;
 * a trailing slash redirects to the address without it.
 */
export function registerArchive(app: Hono, deps: SiteDeps): void {
  app.get('/archiv/*', async (c, next) => {
    if (c.req.path.endsWith('/')) return c.redirect(c.req.path.replace(/\/+$/, '') || '/', 301);
    await next();
  });
  app.get('/archiv', (c) => archiveIndex(c, deps));
  app.get(`/archiv/${YEAR}`, (c) => periodPage(c, deps, parsePeriod(c.req.param('year'))));
  app.get(`/archiv/${YEAR}/${MONTH}`, (c) => periodPage(c, deps, parsePeriod(c.req.param('year'), c.req.param('month'))));
  app.get(`/archiv/${YEAR}/${MONTH}/${DAY}`, (c) =>
    periodPage(c, deps, parsePeriod(c.req.param('year'), c.req.param('month'), c.req.param('day'))),
  );
}

async function archiveIndex(c: Context, deps: SiteDeps): Promise<Response> {
  const ui = c.get('siteUi');
  const first = await deps.reader.firstArticleTime();
  const years = first
    ? archiveYears(new Date(first), ui.now, ui.timeZone).map((year) => ({
        year: { href: archivePath(year), text: String(year) },
        months: presentParts({ year }, new Date(first), ui)!,
      }))
    : [];
  return renderWithNav(
    c,
    deps,
    { title: ui.messages.archiveTitle, canonicalPath: archivePath(), feedList: null },
    <ArchiveIndex trail={presentTrail(null, ui)} years={years} messages={ui.messages} />,
  );
}

async function periodPage(c: Context, deps: SiteDeps, period: ArchivePeriod | null): Promise<Response> {
  if (!period) return c.notFound();
  const ui = c.get('siteUi');
  const first = await deps.reader.firstArticleTime();
  if (!first || !periodIsOpen(period, new Date(first), ui.now, ui.timeZone)) return c.notFound();
  const options = listOptions(strictQuery(c, ['cursor']).cursor, deps.config);
  const { from, until } = periodRange(period, ui.timeZone);
  const page = await deps.reader.between(from.toISOString(), until.toISOString(), options);
  const name = periodName(period, ui.messages.locale);
  const path = periodPath(period);
  const list = presentList({ heading: name, listPath: path, page, paged: options.cursor !== null }, ui);
  return renderWithNav(
    c,
    deps,
    {
      title: `${name} – ${ui.messages.archiveTitle}`,
      canonicalPath: pageCanonical(path, options.cursor),
      nextPagePath: list.pagination.older?.href,
      feedList: null,
    },
    <ArchivePage
      trail={presentTrail(period, ui)}
      kicker={ui.messages.archiveLabel}
      heading={name}
      parts={presentParts(period, new Date(first), ui)}
      list={list}
      messages={ui.messages}
    />,
  );
}
