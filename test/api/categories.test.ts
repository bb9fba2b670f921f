import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CategoryDetailSchema, CategoryListSchema } from '../../src/api/categories/schema.ts';
import { ErrorBody } from '../../src/api/shared/errors.ts';
import { call, HOSTILE, storedApi } from './support/stored-api.ts';

const api = storedApi();

describe('GET /api/v1/categories', () => {
  test("lists every category in the site's order, each with its parent's id", async () => {
    const answer = await call(api.current, '/api/v1/categories');
    assert.equal(answer.status, 200);
    const { items } = CategoryListSchema.parse(answer.json);
    const bySlug = new Map(items.map((c) => [c.slug, c]));
    assert.deepEqual(items.map((c) => c.slug), ['inland', 'kommunal', 'politik', 'kultur', 'leer']);
    assert.equal(bySlug.get('politik')!.parentId, null);
    assert.equal(bySlug.get('inland')!.parentId, bySlug.get('politik')!.id);
    assert.equal(bySlug.get('kommunal')!.parentId, bySlug.get('inland')!.id);
    assert.equal(bySlug.get('kultur')!.name, `Kultur ${HOSTILE}`);
    assert.equal(bySlug.get('kultur')!.articles, '/api/v1/articles?category=kultur');
  });

  test('one category with its parent and its direct subcategories', async () => {
    const answer = await call(api.current, '/api/v1/categories/inland');
    assert.equal(answer.status, 200);
    const inland = CategoryDetailSchema.parse(answer.json);
    assert.equal(inland.name, 'Inland');
    assert.equal(inland.parent!.slug, 'politik');
    assert.deepEqual(inland.children.map((c) => c.slug), ['kommunal']);
    const top = CategoryDetailSchema.parse((await call(api.current, '/api/v1/categories/politik')).json);
    assert.equal(top.parent, null);
    assert.deepEqual(top.children.map((c) => c.slug), ['inland']);
    const leaf = CategoryDetailSchema.parse((await call(api.current, '/api/v1/categories/kommunal')).json);
    assert.deepEqual(leaf.children, []);
  });

  test('an unknown slug is a 404', async () => {
    for (const slug of ['gibt-es-nicht', '%3Cb%3E', '..%2F..%2Fetc']) {
      const answer = await call(api.current, `/api/v1/categories/${slug}`);
      assert.equal(answer.status, 404, slug);
      assert.equal(ErrorBody.parse(answer.json).error.code, 'not_found');
    }
  });
});
