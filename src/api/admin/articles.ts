import type { z } from 'zod';
import {
  ARTICLE_ACTIONS, actOnArticle, editArticle, getArticleForEdit, listArticlesForAdmin, listReviewQueue, searchWords, type AdminArticle, type AdminArticleFilter,
  type ArticleAction, type ArticleAdminDeps,
} from '../../services/admin/articles.ts';
import type { Actor } from '../../services/accounts/deps.ts';
import type { TokenCaller } from '../../services/accounts/tokens.ts';
import { AdminApiError } from './errors.ts';
import { idParam, type AdminRoute } from './route.ts';
import { AdminArticleDetailSchema, AdminArticlePageSchema, AdminArticleSchema, ArticleEditBody } from './schemas.ts';

/** Who acts through a token, for the audit log: the token's user, marked as coming through the API. */
export function tokenActor(caller: TokenCaller, address: string): Actor {
  return { userId: caller.user.id, name: caller.user.name, address: `${address} (token ${caller.tokenId})` };
}

/** An article as JSON. */
export function presentArticle(a: AdminArticle): z.infer<typeof AdminArticleSchema> {
  return {
    id: a.id, title: a.title, lead: a.lead, url: a.url, sourceId: a.sourceId, sourceName: a.sourceName, categoryId: a.categoryId, categoryName: a.categoryName,
    sortAt: a.sortAt, reviewState: a.reviewState as 'published' | 'pending' | 'rejected', hidden: a.hidden, pinnedAt: a.pinnedAt, edited: a.edited,
  };
}

const STATES: Record<string, AdminArticleFilter> = {
  published: { reviewState: 'published', hidden: false },
  pending: { reviewState: 'pending' },
  rejected: { reviewState: 'rejected' },
  hidden: { hidden: true },
  pinned: { pinned: true },
  edited: { edited: true },
};

function pageParams(query: (name: string) => string | undefined): { limit: number; before: number | null } {
  const limitText = query('limit') ?? '50';
  const limit = Number(limitText);
  if (!/^\d{1,3}$/.test(limitText) || limit < 1 || limit > 200) throw new AdminApiError('invalid_input', 'limit must be a whole number from 1 to 200');
  const beforeText = query('before');
  const before = beforeText === undefined ? null : idParam(beforeText);
  if (beforeText !== undefined && before === null) throw new AdminApiError('invalid_input', 'before must be an article id');
  return { limit, before };
}

async function detail(deps: ArticleAdminDeps, id: number): Promise<z.infer<typeof AdminArticleDetailSchema>> {
  const found = await getArticleForEdit(deps, id);
  if (!found) throw new AdminApiError('not_found', `there is no article ${id}`);
  const { original } = found;
  return {
    ...presentArticle(found.article),
    tags: found.tags.map((t) => t.name),
    original: original
      ? { title: original.title, lead: original.lead, categoryId: original.categoryId, tags: original.tags.map((t) => t.name), editedBy: original.editedBy, editedAt: original.editedAt }
      : null,
  };
}

function articleId(raw: string | undefined): number {
  const id = idParam(raw);
  if (id === null) throw new AdminApiError('not_found', 'there is no such article');
  return id;
}

/** The article operations: list, review queue, one article, edit, and the actions; editors and admins. */
export function articleRoutes(deps: ArticleAdminDeps, addressOf: (c: Parameters<AdminRoute['handle']>[0]) => string): AdminRoute[] {
  return [
    {
      method: 'GET', path: '/api/admin/articles', operationId: 'adminListArticles', tag: 'articles', role: 'editor', scope: 'read',
      summary: 'Articles newest first, hidden and waiting ones too; filters q (words in the headline), source (id), state (published, pending, rejected, hidden, pinned, edited); paging by before (an id) and limit (1–200).',
      query: { q: 'Words that must occur in the headline.', source: 'A source id.', state: 'published | pending | rejected | hidden | pinned | edited', before: 'Only articles with a smaller id.', limit: '1–200, default 50.' },
      response: AdminArticlePageSchema,
      async handle(c) {
        const state = c.req.query('state');
        if (state !== undefined && !STATES[state]) throw new AdminApiError('invalid_input', `"${state}" is no state (${Object.keys(STATES).join(', ')})`);
        const sourceText = c.req.query('source');
        const sourceId = sourceText === undefined ? null : idParam(sourceText);
        if (sourceText !== undefined && sourceId === null) throw new AdminApiError('invalid_input', 'source must be a source id');
        const filter: AdminArticleFilter = { ...(state ? STATES[state] : {}), words: searchWords(c.req.query('q') ?? ''), ...(sourceId === null ? {} : { sourceId }) };
        const page = await listArticlesForAdmin(deps, filter, pageParams((n) => c.req.query(n)));
        return { items: page.items.map(presentArticle), nextBefore: page.nextBefore };
      },
    },
    {
      method: 'GET', path: '/api/admin/review', operationId: 'adminReviewQueue', tag: 'articles', role: 'editor', scope: 'read',
      summary: 'The review queue: articles waiting for approval, newest first.',
      query: { before: 'Only articles with a smaller id.', limit: '1–200, default 50.' },
      response: AdminArticlePageSchema,
      async handle(c) {
        const page = await listReviewQueue(deps, pageParams((n) => c.req.query(n)));
        return { items: page.items.map(presentArticle), nextBefore: page.nextBefore };
      },
    },
    {
      method: 'GET', path: '/api/admin/articles/{id}', operationId: 'adminGetArticle', tag: 'articles', role: 'editor', scope: 'read',
      summary: 'One article with its tags and the original values when an editor changed it.',
      response: AdminArticleDetailSchema,
      handle: (c) => detail(deps, articleId(c.req.param('id'))),
    },
    {
      method: 'PATCH', path: '/api/admin/articles/{id}', operationId: 'adminEditArticle', tag: 'articles', role: 'editor', scope: 'write',
      summary: "Sets the headline, lead, category and tags readers see; the publisher's values are kept and come back with the revert action.",
      body: ArticleEditBody,
      response: AdminArticleDetailSchema,
      async handle(c, caller, raw) {
        const id = articleId(c.req.param('id'));
        const body = raw as z.infer<typeof ArticleEditBody>;
        const current = await detail(deps, id);
        await editArticle(
          deps,
          id,
          {
            title: body.title ?? current.title,
            lead: body.lead === undefined ? (current.lead ?? '') : (body.lead ?? ''),
            categoryId: body.categoryId === undefined ? current.categoryId : body.categoryId,
            tags: (body.tags ?? current.tags).join(', '),
          },
          tokenActor(caller, addressOf(c)),
        );
        return detail(deps, id);
      },
    },
    {
      method: 'POST', path: '/api/admin/articles/{id}/{action}', operationId: 'adminArticleAction', tag: 'articles', role: 'editor', scope: 'write',
      summary: `One action on an article: ${ARTICLE_ACTIONS.join(', ')}.`,
      response: AdminArticleSchema,
      async handle(c, caller) {
        const id = articleId(c.req.param('id'));
        const action = c.req.param('action') as ArticleAction;
        if (!ARTICLE_ACTIONS.includes(action)) throw new AdminApiError('not_found', `"${action}" is no article action (${ARTICLE_ACTIONS.join(', ')})`);
        return presentArticle(await actOnArticle(deps, id, action, tokenActor(caller, addressOf(c))));
      },
    },
  ];
}
