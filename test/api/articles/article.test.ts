import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ArticleListSchema, ArticleSchema } from '../../../src/api/articles/schema.ts';
import { ErrorBody } from '../../../src/api/shared/errors.ts';
import { call, errorOf, HOSTILE, storedApi } from '../support/stored-api.ts';

const api = storedApi();

async function article(id: number) {
  const answer = await call(api.current, `/api/v1/articles/${id}`);
  assert.equal(answer.status, 200, answer.text);
  return { answer, article: ArticleSchema.parse(answer.json) };
}

const find = (title: string) => api.current.articles.find((a) => a.title === title)!;
const firstOf = (source: string) => api.current.articles.find((a) => a.source === source && a.title.startsWith('Meldung'))!;

describe('GET /api/v1/articles/{id}: display policies', () => {
  test("'full': the whole body as HTML and text, the image, and the link to the original", async () => {
    const { article: a } = await article(firstOf('abendbote').id);
    assert.equal(a.displayPolicy, 'full');
    assert.match(a.body!.html, /^<p>Erster Absatz \d+\.<\/p><p>Zweiter Absatz \d+\.<\/p><p>Geheimer dritter Absatz \d+\.<\/p>$/);
    assert.match(a.body!.text, /Geheimer dritter Absatz/);
    assert.match(a.imageUrl!, /^https:\/\/publisher\.example\/bild-\d+\.jpg$/);
    assert.match(a.url!, /^https:\/\/publisher\.example\/artikel\/\d+\?a=1&b=2$/);
    assert.deepEqual(a.source, { id: a.source.id, slug: 'abendbote', name: 'Abendbote', siteUrl: 'https://abendbote.example/' });
  });

  test("'excerpt': the first two paragraphs only; the rest never leaves the server", async () => {
    const stored = firstOf('kuestenblatt');
    const { answer, article: a } = await article(stored.id);
    assert.equal(a.displayPolicy, 'excerpt');
    assert.match(a.body!.html, /^<p>Erster Absatz \d+\.<\/p>\n<p>Zweiter Absatz \d+\.<\/p>$/);
    assert.match(a.body!.text, /^Erster Absatz \d+\.\n\nZweiter Absatz \d+\.$/);
    assert.doesNotMatch(answer.text, /Geheimer/);
    assert.deepEqual(a.media, []);
    assert.equal(a.readMoreText, 'Weiter beim Küstenblatt');
    assert.ok(a.url);
    const list = ArticleListSchema.parse((await call(api.current, '/api/v1/articles?source=kuestenblatt&limit=100')).json);
    assert.ok(list.items.every((i) => i.displayPolicy === 'excerpt'));
  });

  test("'headline': no body, no image, no media, but headline, lead and the link to the original", async () => {
    const stored = firstOf('morgenpost');
    const { answer, article: a } = await article(stored.id);
    assert.equal(a.displayPolicy, 'headline');
    assert.equal(a.body, null);
    assert.equal(a.imageUrl, null);
    assert.deepEqual(a.media, []);
    assert.equal(a.title, stored.title);
    assert.match(a.lead!, /^Vorspann/);
    assert.match(a.url!, /^https:\/\/publisher\.example\//);
    assert.doesNotMatch(answer.text, /Absatz|bild-/);
    // Not in the list either.
    const list = (await call(api.current, '/api/v1/articles?source=morgenpost&limit=100')).text;
    assert.doesNotMatch(list, /Absatz|bild-/);
  });
});

describe('GET /api/v1/articles/{id}: fields', () => {
  test('publishedAt and firstSeenAt are kept apart; a missing publication time stays null', async () => {
    const { article: undated } = await article(find('Ohne Datum').id);
    assert.equal(undated.publishedAt, null);
    assert.equal(undated.firstSeenAt, find('Ohne Datum').sortAt);
    const { article: future } = await article(find('Aus der Zukunft').id);
    assert.equal(future.publishedAt, '2030-01-01T00:00:00.000Z');
    assert.notEqual(future.firstSeenAt, future.publishedAt);
    // The list places it by when it was first seen, not by the future date.
    const ids = api.current.articles.map((a) => a.id);
    const list = ArticleListSchema.parse((await call(api.current, '/api/v1/articles?limit=100')).json);
    assert.equal(list.items.findIndex((i) => i.id === future.id), ids.indexOf(future.id));
    assert.ok(list.items[0]!.id !== future.id);
  });

  test('hostile strings come back as the same data, with < > & escaped in the JSON text', async () => {
    const stored = find(HOSTILE);
    const { answer, article: a } = await article(stored.id);
    assert.equal(a.title, HOSTILE);
    assert.equal(a.lead, HOSTILE);
    assert.equal(a.byline, HOSTILE);
    assert.equal(a.source.name, `Küstenblatt ${HOSTILE}`);
    assert.equal(a.category!.name, `Kultur ${HOSTILE}`);
    assert.equal(a.body!.html, '<p>Erster Absatz &lt;script&gt;.</p>\n<p>Zweiter Absatz.</p>');
    assert.equal(a.body!.text, 'Erster Absatz <script>.\n\nZweiter Absatz.');
    assert.doesNotMatch(answer.text, /[<>&\u2028\u2029]/);
    assert.match(answer.text, /\\u003cscript\\u003e/);
  });

  test('unknown or malformed ids are a 404 with the error shape', async () => {
    const last = Math.max(...api.current.articles.map((a) => a.id));
    for (const id of [String(last + 1000), '0', '-1', 'abc', '1.5', '01', '9'.repeat(30), '%3Cscript%3E']) {
      const answer = await call(api.current, `/api/v1/articles/${id}`);
      assert.equal(answer.status, 404, `${id}: ${answer.text}`);
      ErrorBody.parse(answer.json);
      assert.equal(errorOf(answer).code, 'not_found');
    }
  });

  test('an article takes no query parameters', async () => {
    const answer = await call(api.current, `/api/v1/articles/${firstOf('abendbote').id}?full=1`);
    assert.equal(answer.status, 400);
    assert.equal(errorOf(answer).details![0]!.parameter, 'full');
  });
});
