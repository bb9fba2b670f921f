import type { z } from 'zod';
import type { FeedErrorLanguage } from '../../domain/feed-errors.ts';
import { getPublishMode, reviewedSources, setPublishMode } from '../../services/admin/review.ts';
import type { FeedHealth } from '../../services/feeds/manage-feeds.ts';
import { editSource, getSourceOverview, listSourceOverview, setFeedPaused, type SourceDeps, type SourceOverview } from '../../services/sources/manage-sources.ts';
import { tokenActor } from './articles.ts';
import { AdminApiError } from './errors.ts';
import { idParam, type AdminRoute } from './route.ts';
import { AdminFeedSchema, AdminSourceSchema, SourceEditBody } from './schemas.ts';

const LANGUAGE: FeedErrorLanguage = 'en';

function presentFeed(f: FeedHealth): z.infer<typeof AdminFeedSchema> {
  return {
    id: f.id, sourceId: f.sourceId, url: f.url, title: f.title, paused: f.disabled, lastCheckedAt: f.lastCheckedAt, nextCheckAt: f.nextCheckAt,
    errorCount: f.errorCount, lastErrorCode: f.lastErrorCode, lastError: f.lastErrorMessage ?? f.lastError, itemsPerDay: f.itemsPerDay,
  };
}

function presentSource(o: SourceOverview, review: boolean): z.infer<typeof AdminSourceSchema> {
  const s = o.source;
  return {
    id: s.id, slug: s.slug, name: s.name, siteUrl: s.siteUrl, language: s.language, categoryId: s.categoryId, displayPolicy: s.displayPolicy,
    readMoreText: s.readMoreText, publishMode: review ? 'review' : 'auto', feeds: o.feeds.map(presentFeed),
  };
}

function requireId(raw: string | undefined, what: string): number {
  const id = idParam(raw);
  if (id === null) throw new AdminApiError('not_found', `there is no such ${what}`);
  return id;
}

async function oneSource(deps: SourceDeps, id: number) {
  const [found, mode] = await Promise.all([getSourceOverview(deps, id, LANGUAGE), getPublishMode(deps, id)]);
  if (!found) throw new AdminApiError('not_found', `there is no source ${id}`);
  return presentSource(found, mode === 'review');
}

/** Sources and feeds: admins only, as on the pages; changes need the admin scope. */
export function sourceRoutes(deps: SourceDeps, addressOf: (c: Parameters<AdminRoute['handle']>[0]) => string): AdminRoute[] {
  return [
    {
      method: 'GET', path: '/api/admin/sources', operationId: 'adminListSources', tag: 'sources', role: 'admin', scope: 'read',
      summary: "Every source with its settings and its feeds' health.",
      response: AdminSourceSchema.array(),
      async handle() {
        const [all, review] = await Promise.all([listSourceOverview(deps, LANGUAGE), reviewedSources(deps)]);
        return all.map((o) => presentSource(o, review.has(o.source.id)));
      },
    },
    {
      method: 'GET', path: '/api/admin/sources/{id}', operationId: 'adminGetSource', tag: 'sources', role: 'admin', scope: 'read',
      summary: 'One source with its feeds.',
      response: AdminSourceSchema,
      handle: (c) => oneSource(deps, requireId(c.req.param('id'), 'source')),
    },
    {
      method: 'PATCH', path: '/api/admin/sources/{id}', operationId: 'adminEditSource', tag: 'sources', role: 'admin', scope: 'admin',
      summary: 'Changes category, language, display policy, the "read the full article" text and whether new articles wait for review.',
      body: SourceEditBody,
      response: AdminSourceSchema,
      async handle(c, caller, raw) {
        const id = requireId(c.req.param('id'), 'source');
        const body = raw as z.infer<typeof SourceEditBody>;
        const current = await oneSource(deps, id);
        const actor = tokenActor(caller, addressOf(c));
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
