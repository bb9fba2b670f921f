import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TagListSchema } from '../../src/api/tags/schema.ts';
import { call, errorOf, HOSTILE, storedApi } from './support/stored-api.ts';

const api = storedApi();
const NAMES = ['Klima', 'Klimaschutz', 'Klimakonferenz 2026', 'Kultur', 'Hafen', 'Zoll', `Böse ${HOSTILE}`, 'Ärzte'];

describe('GET /api/v1/tags', () => {
  before(async () => {
    await api.current.ctx.store.db
      .insertInto('tags')
      .values(NAMES.map((name) => ({ name, slug: name.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') })))
      .execute();
  });

  test('walks every tag in slug order by cursor, without repeats or gaps, with next links', async () => {
    const seen: string[] = [];
    let path: string | null = '/api/v1/tags?limit=3';
    let pages = 0;
    while (path) {
      const answer = await call(api.current, path);
      assert.equal(answer.status, 200, path);
      const page = TagListSchema.parse(answer.json);
      assert.ok(page.items.length <= 3);
      seen.push(...page.items.map((t) => t.slug));
      assert.equal(page.next === null, page.nextCursor === null);
      if (page.next) assert.match(page.next, /^\/api\/v1\/tags\?limit=3&cursor=/);
      path = page.next;
      pages++;
    }
    assert.equal(pages, Math.ceil(NAMES.length / 3));
    assert.deepEqual(seen, [...seen].sort());
    assert.equal(new Set(seen).size, NAMES.length);
    const first = TagListSchema.parse((await call(api.current, '/api/v1/tags?prefix=hafen')).json).items[0]!;
    assert.deepEqual(first, { id: first.id, slug: 'hafen', name: 'Hafen', page: '/thema/hafen' });
  });

  test('prefix filters by the slug of the text, across pages too, and markup in names stays data', async () => {
    const page1 = TagListSchema.parse((await call(api.current, '/api/v1/tags?prefix=Kli&limit=2')).json);
    assert.deepEqual(page1.items.map((t) => t.slug), ['klima', 'klimakonferenz-2026']);
    const page2 = TagListSchema.parse((await call(api.current, page1.next!)).json);
    assert.deepEqual(page2.items.map((t) => t.slug), ['klimaschutz']);
    assert.equal(page2.next, null);
    const umlaut = TagListSchema.parse((await call(api.current, `/api/v1/tags?prefix=${encodeURIComponent('Ärz')}`)).json);
    assert.deepEqual(umlaut.items.map((t) => t.name), ['Ärzte']);
    const hostile = TagListSchema.parse((await call(api.current, '/api/v1/tags?prefix=boese')).json);
    assert.equal(hostile.items[0]!.name, `Böse ${HOSTILE}`);
    assert.deepEqual(TagListSchema.parse((await call(api.current, '/api/v1/tags?prefix=!!')).json).items, []);
  });

  test('bad input is a 400 with the parameter named', async () => {
    for (const [query, parameter] of [['cursor=abc', 'cursor'], ['limit=0', 'limit'], ['prefix=', 'prefix'], ['sort=name', 'sort']] as const) {
      const answer = await call(api.current, `/api/v1/tags?${query}`);
      assert.equal(answer.status, 400, query);
      assert.ok(errorOf(answer).details?.some((d) => d.parameter === parameter), `${query}: ${JSON.stringify(errorOf(answer))}`);
    }
  });

  test('is in the OpenAPI document with its parameters', async () => {
    const doc = (await call(api.current, '/api/openapi.json')).json as { paths: Record<string, { get: { operationId: string; parameters: Array<{ name: string }> } }> };
    const op = doc.paths['/api/v1/tags']!.get;
    assert.equal(op.operationId, 'listTags');
    assert.deepEqual(op.parameters.map((p) => p.name).sort(), ['cursor', 'limit', 'prefix']);
  });
});
