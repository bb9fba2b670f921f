import type { Hono } from 'hono';
import type { SiteDeps } from '../context.ts';
import { intelMessagesFor } from '../i18n/intel.ts';
import { entityPath, storyPath, TRENDING_PATH } from '../intel-urls.ts';
import { presentEntityLink, presentQuote, presentSourceLink, presentStory, presentTimelineItem } from '../presenters/intel.ts';
import { renderWithNav } from '../render.tsx';
import { EntityPage } from '../views/entity-page.tsx';
import { EntityLinks } from '../views/intel-parts.tsx';
import { StoryPage } from '../views/story-page.tsx';

/** How far back "lately" reaches for the names in the news. */
export const TRENDING_HOURS = 48;
const TRENDING_PAGE_SIZE = 40;

/** The start of the "lately" window seen from `now`, ISO. */
export function trendingSince(now: Date): string {
  return new Date(now.getTime() - TRENDING_HOURS * 3_600_000).toISOString();
}

/**
 * `/geschichte/:id` (a story; a merged one redirects to the story it became part of), `/name/:slug`
 * (a person, organisation or place) and `/im-gespraech` (the names most mentioned lately). Without
 * the intelligence reader every one of them is a 404.
 */
export function registerIntel(app: Hono, deps: SiteDeps): void {
  app.get('/geschichte/:id{[0-9]{1,15}}', async (c) => {
    const intel = deps.intel;
    if (!intel) return c.notFound();
    const ui = c.get('siteUi');
    const m = intelMessagesFor(ui.language);
    const id = c.req.param('id');
    const found = await intel.story(Number(id));
    if (!found) return c.notFound();
    if (found.kind === 'merged') return c.redirect(storyPath(found.intoId), 301);
    if (id !== String(found.detail.story.id)) return c.redirect(storyPath(found.detail.story.id), 301);
    const d = found.detail;
    const view = {
      story: presentStory(d.story, ui, m),
      timeline: d.articles.map((a) => presentTimelineItem(a, ui)),
      sources: d.sources.map(presentSourceLink),
      quotes: d.quotes.map((q) => presentQuote(q, ui, m)),
      entities: d.entities.map((e) => presentEntityLink(e, m)),
    };
    return renderWithNav(
      c,
      deps,
      { title: d.story.title, description: view.story.summary, canonicalPath: storyPath(d.story.id), feedList: null },
      <StoryPage view={view} m={m} messages={ui.messages} />,
    );
  });

  app.get('/name/:slug', async (c) => {
    const intel = deps.intel;
    if (!intel) return c.notFound();
    const ui = c.get('siteUi');
    const m = intelMessagesFor(ui.language);
    const found = await intel.entity(c.req.param('slug'));
    if (!found) return c.notFound();
    const view = {
      name: found.entity.name,
      kind: m[found.entity.type],
      stories: found.stories.map((s) => presentStory(s, ui, m)),
      quotes: found.quotes.map((q) => presentQuote(q, ui, m)),
    };
    return renderWithNav(
      c,
      deps,
      { title: found.entity.name, canonicalPath: entityPath(found.entity.slug), feedList: null },
      <EntityPage view={view} m={m} />,
    );
  });

  app.get(TRENDING_PATH, async (c) => {
    const intel = deps.intel;
    if (!intel) return c.notFound();
    const ui = c.get('siteUi');
    const m = intelMessagesFor(ui.language);
    const entities = await intel.trendingEntities(trendingSince(ui.now), TRENDING_PAGE_SIZE);
    return renderWithNav(
      c,
      deps,
      { title: m.trendingTitle, canonicalPath: TRENDING_PATH, feedList: null },
      <div class="entity-page">
        <header class="list__header">
          <h1 class="list__heading">{m.trendingTitle}</h1>
          <p class="list__aside">{m.trendingIntro}</p>
        </header>
        {entities.length > 0 ? <EntityLinks entities={entities.map((e) => presentEntityLink(e, m))} /> : <p class="list__empty">{m.trendingEmpty}</p>}
      </div>,
    );
  });
}
