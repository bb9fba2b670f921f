import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ArticleListSchema } from '../../../src/api/articles/schema.ts';
import { ErrorBody } from '../../../src/api/shared/errors.ts';
import { call, errorOf, storedApi, type StoredApi } from '../support/stored-api.ts';

const api = storedApi();

type Page = ReturnType<typeof ArticleListSchema.parse>;

/** GETs a list page, asserting 200 and the documented shape. */
async function page(path: string): Promise<Page> {
  const answer = await call(api.current, path);
  assert.equal(answer.status, 200, `${path}: ${answer.text}`);
  return ArticleListSchema.parse(answer.json);
}

/** Follows `next` from `path` to the end; returns the ids in order and the number of pages. */
async function walk(path: string, between?: () => Promise<void>): Promise<{ ids: number[]; pages: number }> {
  const ids: number[] = [];
  let next: string | null = path;
  let pages = 0;
  while (next) {
    const p = await page(next);
    ids.push(...p.items.map((i) => i.id));
    assert.equal(p.next === null, p.nextCursor === null);
    next = p.next;
    pages++;
    if (between && pages === 1) await between();
    assert.ok(pages < 100, 'the walk ends');
  }
  return { ids, pages };
}

const idsWhere = (s: StoredApi, keep: (a: StoredApi['articles'][number]) => boolean) => s.articles.filter(keep).map((a) => a.id);

describe('GET /api/v1/articles', () => {
  test('lists the newest 20 articles first, by list time then id', async () => {
    const p = await page('/api/v1/articles');
    assert.equal(p.items.length, 20);
    assert.deepEqual(p.items.map((i) => i.id), api.current.articles.slice(0, 20).map((a) => a.id));
    assert.ok(p.nextCursor);
    assert.match(p.next!, /^\/api\/v1\/articles\?cursor=/);
  });

  test('a walk over every page with a small limit yields every article once, in order', async () => {
    const all = api.current.articles.map((a) => a.id);
    const { ids, pages } = await walk('/api/v1/articles?limit=4');
    assert.deepEqual(ids, all);
    assert.equal(pages, Math.ceil(all.length / 4));
  });

  test('articles at the same instant are told apart by id, so the cursor loses neither', async () => {
    const twins = api.current.articles.filter((a) => a.title.startsWith('Zwilling'));
    assert.equal(twins.length, 2);
    assert.equal(twins[0]!.sortAt, twins[1]!.sortAt);
    const at = api.current.articles.indexOf(twins[0]!);
    // A page boundary right between the twins.
    const first = await page(`/api/v1/articles?limit=${at + 1}`);
    assert.equal(first.items.at(-1)!.id, twins[0]!.id);
    const second = await page(first.next!);
    assert.equal(second.items[0]!.id, twins[1]!.id);
  });

  test('filters by source', async () => {
    const p = await page('/api/v1/articles?source=morgenpost&limit=100');
    assert.deepEqual(p.items.map((i) => i.id), idsWhere(api.current, (a) => a.source === 'morgenpost'));
    assert.ok(p.items.every((i) => i.source.slug === 'morgenpost'));
    assert.ok(p.items.length >= 5);
  });

  test('a category filter takes in its subcategories at every depth', async () => {
    const politik = await page('/api/v1/articles?category=politik&limit=100');
    const tree = new Set(['politik', 'inland', 'kommunal']);
    assert.deepEqual(politik.items.map((i) => i.id), idsWhere(api.current, (a) => a.category !== null && tree.has(a.category)));
    const inland = await page('/api/v1/articles?category=inland&limit=100');
    assert.deepEqual(inland.items.map((i) => i.id), idsWhere(api.current, (a) => a.category === 'inland' || a.category === 'kommunal'));
    const kommunal = await page('/api/v1/articles?category=kommunal&limit=100');
    assert.deepEqual(kommunal.items.map((i) => i.id), idsWhere(api.current, (a) => a.category === 'kommunal'));
    assert.deepEqual((await page('/api/v1/articles?category=leer')).items, []);
  });

  test('a walk through a category and its subcategories merges them in order, page by page', async () => {
    const tree = new Set(['politik', 'inland', 'kommunal']);
    const expected = idsWhere(api.current, (a) => a.category !== null && tree.has(a.category));
    const { ids, pages } = await walk('/api/v1/articles?category=politik&limit=3');
    assert.deepEqual(ids, expected);
    assert.equal(pages, Math.ceil(expected.length / 3));
  });

  test("filters by language: the primary tag matches regional forms, the source's language stands in, case is ignored", async () => {
    const primary = (tag: string | null) => tag?.toLowerCase().split('-')[0];
    const en = await page('/api/v1/articles?lang=en&limit=100');
    assert.deepEqual(en.items.map((i) => i.id), idsWhere(api.current, (a) => primary(a.language) === 'en'));
    // en (article), en-GB (source) and EN-us (article) all count.
    assert.deepEqual(new Set(en.items.map((i) => i.language)), new Set(['en', 'en-GB', 'EN-us']));
    const deAt = await page('/api/v1/articles?lang=DE-at&limit=100');
    assert.deepEqual(deAt.items.map((i) => i.id), idsWhere(api.current, (a) => a.language?.toLowerCase() === 'de-at'));
    assert.ok(deAt.items.length > 0);
    const de = await page('/api/v1/articles?lang=de&limit=100');
    assert.ok(de.items.some((i) => i.language === 'de-CH') && de.items.some((i) => i.language === 'de'));
    assert.deepEqual((await page('/api/v1/articles?lang=fr')).items, []);
  });

  test('since is inclusive, until exclusive, both on the list time', async () => {
    const s = api.current;
    const boundary = s.articles[10]!.sortAt;
    const since = await page(`/api/v1/articles?since=${boundary}&limit=100`);
    assert.deepEqual(since.items.map((i) => i.id), idsWhere(s, (a) => a.sortAt >= boundary));
    assert.ok(since.items.some((i) => i.id === s.articles[10]!.id));
    const until = await page(`/api/v1/articles?until=${boundary}&limit=100`);
    assert.deepEqual(until.items.map((i) => i.id), idsWhere(s, (a) => a.sortAt < boundary));
    // An offset is converted to UTC; a bare date means midnight UTC.
    const shifted = new Date(Date.parse(boundary) + 3600_000).toISOString().replace(/\.\d{3}Z$/, '+01:00');
    assert.deepEqual((await page(`/api/v1/articles?since=${encodeURIComponent(shifted)}&limit=100`)).items, since.items);
    const day = await page('/api/v1/articles?since=2026-11-26&until=2026-11-27&limit=100');
    assert.deepEqual(day.items.map((i) => i.id), idsWhere(s, (a) => a.sortAt >= '2026-11-26T00:00:00.000Z' && a.sortAt < '2026-11-27T00:00:00.000Z'));
    assert.ok(day.items.length > 0);
  });

  test('filters combine, and the next link keeps them', async () => {
    const s = api.current;
    const expected = idsWhere(s, (a) => a.source === 'abendbote' && a.sortAt >= '2026-11-26T00:00:00.000Z');
    assert.ok(expected.length > 3);
    const first = await page('/api/v1/articles?source=abendbote&since=2026-11-26&limit=2');
    assert.match(first.next!, /source=abendbote/);
    assert.match(first.next!, /since=2026-11-26/);
    assert.match(first.next!, /limit=2/);
    const { ids } = await walk('/api/v1/articles?source=abendbote&since=2026-11-26&limit=2');
    assert.deepEqual(ids, expected);
  });

  test('a walk stays without gaps or repeats while newer articles arrive', async () => {
    const s = api.current;
    const before = s.articles.map((a) => a.id);
    const { ids } = await walk('/api/v1/articles?limit=5', async () => {
      for (let i = 0; i < 3; i++) await s.add({ title: `Neu ${i}`, source: 'abendbote', category: 'politik', hoursAgo: 0.1 * (i + 1) });
    });
    assert.deepEqual(ids, before);
    assert.equal((await page('/api/v1/articles?limit=1')).items[0]!.title, 'Neu 0');
  });
});

describe('GET /api/v1/articles: bad input', () => {
  async function rejected(path: string, parameter: string, status = 400, code = 'invalid_query'): Promise<void> {
    const answer = await call(api.current, path);
    assert.equal(answer.status, status, `${path}: ${answer.text}`);
    ErrorBody.parse(answer.json);
    const error = errorOf(answer);
    assert.equal(error.code, code, path);
    assert.ok(error.details?.some((d) => d.parameter === parameter), `${path}: ${answer.text}`);
    assert.doesNotMatch(answer.text, /\bat [\w.<>]+ \(|node_modules|\.ts:\d+/, 'no stack trace');
  }

  test('limit must be a whole number from 1 to 100', async () => {
    for (const limit of ['0', '101', '1000', 'abc', '1.5', '-1', '', '1e2', ' 5', '0x10', '99999999999999999999']) {
      await rejected(`/api/v1/articles?limit=${encodeURIComponent(limit)}`, 'limit');
    }
    assert.equal((await page('/api/v1/articles?limit=100')).items.length, api.current.articles.length > 100 ? 100 : api.current.articles.length);
  });

  test('a cursor that was not made by the API is a 400', async () => {
    const shaped = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const cursor of ['abc', '%%%', shaped({ a: 1 }), shaped(['2026-11-27', 1]), shaped(['2026-11-27T10:00:00.000Z', -1]), shaped(['2026-11-27T10:00:00.000Z', 1, 2]), 'x'.repeat(600), '']) {
      await rejected(`/api/v1/articles?cursor=${encodeURIComponent(cursor)}`, 'cursor');
    }
  });

  test('dates must be real ISO 8601 dates or date-times with a zone', async () => {
    for (const value of ['gestern', '2026-02-30', '2026-13-01', '2026-11-27T25:00:00Z', '2026-11-27T10:00:00', '27.11.2026', '1700000000', '2026-11-27T10:00:00+25:00']) {
      await rejected(`/api/v1/articles?since=${encodeURIComponent(value)}`, 'since');
      await rejected(`/api/v1/articles?until=${encodeURIComponent(value)}`, 'until');
    }
    await rejected('/api/v1/articles?since=2026-11-27&until=2026-11-27', 'until');
    await rejected('/api/v1/articles?since=2026-11-28&until=2026-11-27', 'until');
  });

  test('a language must look like a language tag', async () => {
    for (const value of ['d', 'de_DE', '%', 'de-%', 'x'.repeat(20), "de' OR 1=1"]) await rejected(`/api/v1/articles?lang=${encodeURIComponent(value)}`, 'lang');
  });

  test('unknown and repeated parameters are named, all problems at once', async () => {
    const answer = await call(api.current, '/api/v1/articles?categroy=politik&limit=2&limit=3&since=nie');
    assert.equal(answer.status, 400);
    assert.deepEqual(errorOf(answer).details!.map((d) => d.parameter).sort(), ['categroy', 'limit', 'since']);
  });

  test('an unknown source or category is a 404, not an empty list', async () => {
    await rejected('/api/v1/articles?source=gibt-es-nicht', 'source', 404, 'not_found');
    await rejected('/api/v1/articles?category=gibt-es-nicht', 'category', 404, 'not_found');
    await rejected(`/api/v1/articles?source=${encodeURIComponent('<script>')}`, 'source', 404, 'not_found');
  });
});
