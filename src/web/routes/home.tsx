import type { Hono } from 'hono';
import { addDays, dayKey, zonedDay } from '../../domain/zoned-time.ts';
import type { SiteDeps } from '../context.ts';
import { presentCard } from '../presenters/card.ts';
import { presentList } from '../presenters/list.ts';
import { renderWithNav } from '../render.tsx';
import { ListPage } from '../views/list-page.tsx';
import { TeaserList } from '../views/teaser-list.tsx';
import { listOptions, pageCanonical } from './paging.ts';
import { strictQuery } from './query.ts';
import { homeIntelBlocks } from './intel-blocks.tsx';

/** Days the front page's "most read" block counts: today and the six before it. */
const MOST_READ_DAYS = 7;
const MOST_READ_SIZE = 5;
/** Articles pinned by editors shown at most above the latest ones. */
const PINNED_SIZE = 5;

/** `/`: the latest articles, paginated with `?cursor=`; the first page also shows the most read of the last seven days. */
export function registerHome(app: Hono, deps: SiteDeps): void {
  app.get('/', async (c) => {
    const ui = c.get('siteUi');
    const options = listOptions(strictQuery(c, ['cursor']).cursor, deps.config);
    const fromDay = dayKey(addDays(zonedDay(ui.now, ui.timeZone), -(MOST_READ_DAYS - 1)));
    const [page, mostRead, intelBlocks, pinned] = await Promise.all([
      deps.reader.latest(options),
      options.cursor ? Promise.resolve([]) : deps.reader.mostRead(fromDay, MOST_READ_SIZE),
      options.cursor ? Promise.resolve(null) : homeIntelBlocks(deps, ui),
      options.cursor || !deps.reader.pinned ? Promise.resolve([]) : deps.reader.pinned(PINNED_SIZE),
    ]);
    const view = presentList({ heading: ui.messages.latestHeading, listPath: '/', page, paged: options.cursor !== null }, ui);
    return renderWithNav(
      c,
      deps,
      { title: options.cursor ? ui.messages.latestHeading : undefined, canonicalPath: pageCanonical('/', options.cursor), nextPagePath: view.pagination.older?.href },
      <>
        {pinned.length > 0 ? (
          <TeaserList id="empfohlen" className="pinned" heading={ui.messages.pinnedHeading} cards={pinned.map((card) => presentCard(card, ui))} ranked={false} />
        ) : null}
        <ListPage view={view} messages={ui.messages} />
        {mostRead.length > 0 ? (
          <TeaserList
            id="meistgelesen"
            className="most-read"
            heading={ui.messages.mostReadHeading}
            note={ui.messages.mostReadPeriod}
            cards={mostRead.map((card) => presentCard(card, ui))}
            ranked
          />
        ) : null}
        {intelBlocks}
      </>,
    );
  });
}
