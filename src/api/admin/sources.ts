import type { z } from 'zod';
import type { FeedErrorLanguage } from '../../domain/feed-errors.ts';
import { reviewedSources, setPublishMode } from '../../services/admin/review.ts';
import type { FeedHealth } from '../../services/feeds/manage-feeds.ts';
import { editSource, getSourceOverview, listSourceOverview, setFeedPaused, type SourceDeps, type SourceOverview } from '../../services/sources/manage-sources.ts';
import { tokenActor } from './articles.ts';
import { AdminApiError } from './errors.ts';
import { idParam, type AdminRoute } from './route.ts';
import { AdminFeedSchema, AdminSourceSchema, FeedEditBody, SourceEditBody } from './schemas.ts';
import { checkSiteRule, getSourceExtractionSettings, setSourceFullText, setSourceSiteRule, type SourceExtraction } from '../../services/sources/extraction.ts';
import { editFeedPolling, getFeedSettings } from '../../services/sources/feed-settings.ts';

const LANGUAGE: FeedErrorLanguage = 'en';

function presentFeed(f: FeedHealth): z.infer<typeof AdminFeedSchema> {
  return {
    id: f.id, sourceId: f.sourceId, url: f.url, title: f.title, paused: f.disabled, lastCheckedAt: f.lastCheckedAt, nextCheckAt: f.nextCheckAt,
    errorCount: f.errorCount, lastErrorCode: f.lastErrorCode, lastError: f.lastErrorMessage ?? f.lastError, itemsPerDay: f.itemsPerDay,
    minIntervalSeconds: f.minIntervalSeconds, maxIntervalSeconds: f.maxIntervalSeconds,
  };
}

function presentSource(o: SourceOverview, review: boolean, extraction: SourceExtraction): z.infer<typeof AdminSourceSchema> {
  const s = o.source;
  const rule = extraction.siteRule;
  return {
    id: s.id, slug: s.slug, name: s.name, siteUrl: s.siteUrl, language: s.language, categoryId: s.categoryId, displayPolicy: s.displayPolicy,
    readMoreText: s.readMoreText, publishMode: review ? 'review' : 'auto',
    fullText: extraction.fullText === null ? 'default' : extraction.fullText ? 'on' : 'off',
    siteRule: rule ? { host: rule.hosts[0]!, body: rule.body, remove: rule.remove } : null,
    feeds: o.feeds.map(presentFeed),
  };
}

function requireId(raw: string | undefined, what: string): number {
  const id = idParam(raw);
  if (id === null) throw new AdminApiError('not_found', `there is no such ${what}`);
  return id;
}

/** Sources as the API shows them: each overview with its publish mode and its extraction settings. */
async function presentSources(deps: SourceDeps, overviews: SourceOverview[]): Promise<Array<z.infer<typeof AdminSourceSchema>>> {
  const [review, extraction] = await Promise.all([reviewedSources(deps), Promise.all(overviews.map((o) => getSourceExtractionSettings(deps, o.source.id)))]);
  return overviews.map((o, i) => presentSource(o, review.has(o.source.id), extraction[i]!));
}

async function oneSource(deps: SourceDeps, id: number) {
  const found = await getSourceOverview(deps, id, LANGUAGE);
  if (!found) throw new AdminApiError('not_found', `there is no source ${id}`);
  return (await presentSources(deps, [found]))[0]!;
}

/** Sources and feeds: admins only, as on the pages; changes need the admin scope. */
export function sourceRoutes(deps: SourceDeps, addressOf: (c: Parameters<AdminRoute['handle']>[0]) => string): AdminRoute[] {
  return [
    {
      method: 'GET', path: '/api/admin/sources', operationId: 'adminListSources', tag: 'sources', role: 'admin', scope: 'read',
      summary: "Every source with its settings and its feeds' health.",
      response: AdminSourceSchema.array(),
      handle: async () => presentSources(deps, await listSourceOverview(deps, LANGUAGE)),
    },
    {
      method: 'GET', path: '/api/admin/sources/{id}', operationId: 'adminGetSource', tag: 'sources', role: 'admin', scope: 'read',
      summary: 'One source with its feeds.',
      response: AdminSourceSchema,
      handle: (c) => oneSource(deps, requireId(c.req.param('id'), 'source')),
    },
    {
      method: 'PATCH', path: '/api/admin/sources/{id}', operationId: 'adminEditSource', tag: 'sources', role: 'admin', scope: 'admin',
      summary: 'Changes category, language, display policy, the "read the full article" text, whether new articles wait for review, full text and the site rule.',
      body: SourceEditBody,
      response: AdminSourceSchema,
      async handle(c, caller, raw) {
        const id = requireId(c.req.param('id'), 'source');
        const body = raw as z.infer<typeof SourceEditBody>;
        const current = await oneSource(deps, id);
        const actor = tokenActor(caller, addressOf(c));
        const rule = body.siteRule ? { host: body.siteRule.host, body: body.siteRule.body.join('\n'), remove: body.siteRule.remove.join('\n') } : null;
        // A bad selector is refused before anything of the request is stored.
        if (rule && (rule.body.trim() || rule.remove.trim())) checkSiteRule(current.name, rule);
        const settings = ['categoryId', 'language', 'displayPolicy', 'readMoreText'] as const;
        if (settings.some((k) => body[k] !== undefined)) {
          await editSource(
            deps,
            id,
            {
              categoryId: body.categoryId === undefined ? current.categoryId : body.categoryId,
              language: body.language === undefined ? current.language : body.language,
              displayPolicy: body.displayPolicy ?? current.displayPolicy,
              readMoreText: body.readMoreText === undefined ? current.readMoreText : body.readMoreText,
            },
            actor,
          );
        }
        if (body.publishMode !== undefined) await setPublishMode(deps, id, body.publishMode, actor);
        if (body.fullText !== undefined) await setSourceFullText(deps, id, body.fullText, actor);
        if (body.siteRule !== undefined) await setSourceSiteRule(deps, id, rule ?? { host: '', body: '', remove: '' }, actor);
        return oneSource(deps, id);
      },
    },
    {
      method: 'GET', path: '/api/admin/feeds', operationId: 'adminListFeeds', tag: 'feeds', role: 'admin', scope: 'read',
      summary: 'Every feed with its health (last fetch, errors, next check, articles per day).',
      response: AdminFeedSchema.array(),
      async handle() {
        return (await listSourceOverview(deps, LANGUAGE)).flatMap((o) => o.feeds.map(presentFeed));
      },
    },
    {
      method: 'PATCH', path: '/api/admin/feeds/{id}', operationId: 'adminEditFeed', tag: 'feeds', role: 'admin', scope: 'admin',
      summary: "Sets a feed's own shortest and longest polling interval in seconds (the same use case as `presseschau feeds interval`).",
      body: FeedEditBody,
      response: AdminFeedSchema,
      async handle(c, caller, raw) {
        const id = requireId(c.req.param('id'), 'feed');
        const body = raw as z.infer<typeof FeedEditBody>;
        const current = await getFeedSettings(deps, id, LANGUAGE);
        if (!current) throw new AdminApiError('not_found', `there is no feed ${id}`);
        await editFeedPolling(
          deps,
          id,
          {
            minIntervalSeconds: body.minIntervalSeconds === undefined ? current.feed.minIntervalSeconds : body.minIntervalSeconds,
            maxIntervalSeconds: body.maxIntervalSeconds === undefined ? current.feed.maxIntervalSeconds : body.maxIntervalSeconds,
          },
          tokenActor(caller, addressOf(c)),
        );
        return presentFeed((await getFeedSettings(deps, id, LANGUAGE))!.feed);
      },
    },
    ...(['pause', 'resume'] as const).map(
      (action): AdminRoute => ({
        method: 'POST', path: `/api/admin/feeds/{id}/${action}`, operationId: `adminFeed${action === 'pause' ? 'Pause' : 'Resume'}`, tag: 'feeds', role: 'admin', scope: 'admin',
        summary: action === 'pause' ? 'Pauses a feed: it is no longer polled.' : 'Resumes a paused feed; it is due at once.',
        response: AdminFeedSchema.pick({ id: true, paused: true }),
        async handle(c, caller) {
          const feed = await setFeedPaused(deps, requireId(c.req.param('id'), 'feed'), action === 'pause', tokenActor(caller, addressOf(c)));
          return { id: feed.id, paused: feed.disabled };
        },
      }),
    ),
  ];
}
