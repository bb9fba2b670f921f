import type { Hono } from 'hono';
import { messagesFor } from '../i18n/index.ts';
import type { SiteDeps } from '../context.ts';
import { presentFeed } from '../presenters/feed-document.ts';
import { searchFeedPath, searchPagePath, searchProblemText } from '../presenters/search.ts';
import { feedPath, searchPath, type FeedKind } from '../urls.ts';
import { cachedResponse, FEED_SIZE, fullArticles, publicOrigin, RENDER } from './feeds.ts';
import { strictQuery } from './query.ts';

const KINDS: readonly FeedKind[] = ['rss', 'atom', 'json'];

/**
 * A search as a feed, so it can be followed like a topic: `/suche/feed.xml|.atom|.json?q=…`, the
 * newest FEED_SIZE matches, newest first, written by the site's feed writers. A missing or invalid
 * query is a 400 with the reason as text.
 */
export function registerSearchFeeds(app: Hono, deps: SiteDeps): void {
  for (const kind of KINDS) {
    app.get(feedPath(searchPath(), kind), async (c) => {
      const m = messagesFor(deps.config.defaultLanguage);
      const { q } = strictQuery(c, ['q']);
      const outcome = await deps.reader.search({ text: q, pageSize: FEED_SIZE, order: 'newest' });
      if (outcome.kind !== 'results') {
        const reason = outcome.kind === 'invalid' ? searchProblemText(outcome.problem, m) : m.searchHint;
        return c.text(reason, 400);
      }
      const text = outcome.query.text;
      const articles = await fullArticles(deps, outcome.hits.map((h) => h.card));
      const origin = publicOrigin(c, deps.config);
      const feed = presentFeed({ listPath: searchPath(), title: `${m.searchTitle}: ${text} – ${deps.config.siteName}`, description: `${deps.config.siteName}: ${text}` }, articles, {
        origin,
        siteName: deps.config.siteName,
        language: deps.config.defaultLanguage,
        messages: m,
        now: deps.clock.now(),
      });
      const absolute = (path: string) => `${origin}${path}`;
      const searchFeed = {
        ...feed,
        pageUrl: absolute(searchPagePath(text, 1)),
        self: { rss: absolute(searchFeedPath(text, 'rss')), atom: absolute(searchFeedPath(text, 'atom')), json: absolute(searchFeedPath(text, 'json')) },
      };
      return cachedResponse(c, RENDER[kind].render(searchFeed), RENDER[kind].type, feed.entries.length > 0 ? feed.updated : null);
    });
  }
}
