// GET /api/v1/search over the running server (real wiring, real database).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchResultsSchema } from '../../src/api/search/schema.ts';
import { ErrorBody } from '../../src/api/shared/errors.ts';
import { call, errorOf, HOSTILE, storedApi } from '../api/support/stored-api.ts';

const api = storedApi();

describe('GET /api/v1/search', () => {
  test('finds words in the text, marks them, and pages with a next link', async () => {
    const first = await call(api.current, '/api/v1/search?q=Absatz&limit=2');
    assert.equal(first.status, 200);
    const page = SearchResultsSchema.parse(first.json);
    assert.equal(page.items.length, 2);
    assert.equal(page.page, 1);
    assert.ok(page.total > 2 && page.pageCount === Math.ceil(page.total / 2));
    assert.equal(page.next, '/api/v1/search?q=Absatz&limit=2&page=2');
    const second = SearchResultsSchema.parse((await call(api.current, page.next!)).json);
    assert.equal(second.page, 2);
    const ids = [...page.items, ...second.items].map((i) => i.article.id);
    assert.equal(new Set(ids).size, 4);
  });

  test('a passage shows only what the display policy shows, and marks matches only', async () => {
    const page = SearchResultsSchema.parse((await call(api.current, '/api/v1/search?q=Geheimer&limit=100')).json);
    assert.ok(page.items.length > 0);
    for (const item of page.items) {
      if (item.article.displayPolicy === 'full') assert.match(item.snippetHtml, /<mark>Geheimer<\/mark> dritter Absatz/);
      else assert.doesNotMatch(item.snippetHtml, /Geheimer/, `${item.article.displayPolicy} must not show the hidden paragraph`);
    }
    assert.ok(page.items.some((i) => i.article.displayPolicy !== 'full'), 'articles of every policy are found');
  });

  test('titles with markup come back escaped, with <mark> the only tag', async () => {
    const page = SearchResultsSchema.parse((await call(api.current, '/api/v1/search?q=Zitat')).json);
    const hostile = page.items.find((i) => i.article.title === HOSTILE);
    assert.ok(hostile);
    assert.ok(!hostile.titleHtml.includes('<script>'));
    assert.deepEqual([...hostile.titleHtml.matchAll(/<(\/?)(\w+)/g)].map((m) => m[2]), ['mark', 'mark']);
  });

  test('filters narrow, and newest order sorts by time', async () => {
    const page = SearchResultsSchema.parse((await call(api.current, '/api/v1/search?q=Absatz+quelle:morgenpost&order=newest&limit=100')).json);
    assert.ok(page.items.length > 0);
    assert.ok(page.items.every((i) => i.article.source.slug === 'morgenpost'));
    const times = page.items.map((i) => i.article.firstSeenAt);
    assert.deepEqual(times, [...times].sort().reverse());
  });

  test('a query that cannot be read is a 400 naming the problem', async () => {
    for (const [q, message] of [
      ['"offen', /quotation mark is not closed/],
      ['Absatz von:2026-02-30', /is not a date/],
      ['Absatz quelle:nirgendwo', /no source "nirgendwo"/],
      ['OR', /OR must stand between/],
    ] as const) {
      const answer = await call(api.current, `/api/v1/search?q=${encodeURIComponent(q)}`);
      assert.equal(answer.status, 400, q);
      ErrorBody.parse(answer.json);
      const error = errorOf(answer);
      assert.equal(error.code, 'invalid_query');
      assert.equal(error.details?.[0]?.parameter, 'q');
      assert.match(error.details?.[0]?.message ?? '', message);
    }
    const none = SearchResultsSchema.parse((await call(api.current, '/api/v1/search')).json);
    assert.deepEqual([none.total, none.items.length], [0, 0]);
    assert.equal((await call(api.current, '/api/v1/search?q=a&page=0')).status, 400);
  });

  test('the OpenAPI document describes the search', async () => {
    const doc = (await call(api.current, '/api/openapi.json')).json as { paths: Record<string, { get?: { operationId?: string } }> };
    assert.equal(doc.paths['/api/v1/search']?.get?.operationId, 'searchArticles');
  });
});
