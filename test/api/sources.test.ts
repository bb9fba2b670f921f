import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ArticleListSchema } from '../../src/api/articles/schema.ts';
import { ErrorBody } from '../../src/api/shared/errors.ts';
import { SourceListSchema, SourceSchema } from '../../src/api/sources/schema.ts';
import { call, errorOf, HOSTILE, storedApi } from './support/stored-api.ts';

const api = storedApi();

describe('GET /api/v1/sources', () => {
  test('lists every source by name, without admin fields', async () => {
    const answer = await call(api.current, '/api/v1/sources');
    assert.equal(answer.status, 200);
    const { items } = SourceListSchema.parse(answer.json);
    assert.deepEqual(items.map((s) => s.slug), ['abendbote', 'kuestenblatt', 'morgenpost']);
    assert.deepEqual(items.map((s) => s.displayPolicy), ['full', 'excerpt', 'headline']);
    assert.equal(items[1]!.name, `Küstenblatt ${HOSTILE}`);
    assert.doesNotMatch(answer.text, /createdAt|categoryId|readMoreText/);
  });

  test("one source by slug, with the path of its articles, which lists exactly that source's articles", async () => {
    const answer = await call(api.current, '/api/v1/sources/morgenpost');
    assert.equal(answer.status, 200);
    const source = SourceSchema.parse(answer.json);
    assert.deepEqual(source, {
      id: source.id, slug: 'morgenpost', name: 'Morning Post', siteUrl: 'https://morning.example/', language: 'en-GB', displayPolicy: 'headline',
      articles: '/api/v1/articles?source=morgenpost',
    });
    const list = ArticleListSchema.parse((await call(api.current, `${source.articles}&limit=100`)).json);
    assert.deepEqual(list.items.map((i) => i.id), api.current.articles.filter((a) => a.source === 'morgenpost').map((a) => a.id));
  });

  test('an unknown slug is a 404; query parameters are a 400', async () => {
    for (const slug of ['gibt-es-nicht', '%3Cscript%3E', 'MORGENPOST']) {
      const answer = await call(api.current, `/api/v1/sources/${slug}`);
      assert.equal(answer.status, 404, slug);
      assert.equal(ErrorBody.parse(answer.json).error.code, 'not_found');
    }
    const answer = await call(api.current, '/api/v1/sources?limit=5');
    assert.equal(answer.status, 400);
    assert.equal(errorOf(answer).details![0]!.parameter, 'limit');
  });
});
