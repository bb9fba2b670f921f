import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { secondsOf } from '../../../src/web/admin/routes/feed-settings.tsx';
import { addFeed, createSource, getFeed, getFeedPolicy } from '../../../src/store/index.ts';
import { dom, text } from '../support/dom.ts';
import { ADMIN, adminSite, browser, EDITOR, NOW } from './support.ts';

type Site = Awaited<ReturnType<typeof adminSite>>;

async function seed(db: Site['db']) {
  const source = await createSource(db, { name: 'Heidekurier' });
  return addFeed(db, { sourceId: source.id, url: 'https://heidekurier.example/feed.xml', nextCheckAt: NOW });
}

async function as(app: Site['app'], account: { name: string; password: string }) {
  const b = browser(app);
  assert.equal((await b.login(account)).status, 303);
  return b;
}

async function bounds(db: Site['db'], feedId: number) {
  const policy = await getFeedPolicy(db, feedId);
  return [policy?.minIntervalSeconds ?? null, policy?.maxIntervalSeconds ?? null];
}

async function auditActions(db: Site['db']) {
  const rows = await db.selectFrom('audit_log').selectAll().orderBy('id').execute();
  return rows.filter((r) => r.action !== 'login' && r.action !== 'user.add').map((r) => `${r.user_name} ${r.action} ${r.target} ${r.detail ?? ''}`.trim());
}

describe('secondsOf', () => {
  const cases: Array<{ name: string; input: string; expected: number | null | undefined }> = [
    { name: 'empty is the global setting', input: '  ', expected: null },
    { name: 'whole minutes', input: '90', expected: 5400 },
    { name: 'German decimal comma', input: '1,5', expected: 90 },
    { name: 'decimal point', input: '0.5', expected: 30 },
    { name: 'no unit words', input: '10 min', expected: undefined },
    { name: 'no negative numbers', input: '-5', expected: undefined },
    { name: 'no exponent', input: '1e9', expected: undefined },
  ];
  for (const c of cases) test(c.name, () => assert.equal(secondsOf(c.input), c.expected));
});

describe('admin: a feed\'s polling bounds', () => {
  test('the feed page shows the bounds; saving sets them through the CLI\'s use case, empty returns to the site\'s setting; audited', async () => {
    const { app, db } = await adminSite();
    const feed = await seed(db);
    const b = await as(app, ADMIN);
    const page = dom((await b.get(`/admin/feeds/${feed.id}`)).body);
    assert.equal(page.querySelector('input[name="min"]')?.getAttribute('value'), '');
    // The site's own bounds (600 s to one day in the tests) are named as the default.
    assert.match(text(page.querySelector('.admin-form')), /Voreinstellung der Website: 10 bis 1440 Minuten/);
    assert.ok(page.querySelector(`form[action="/admin/feeds/${feed.id}/pause"]`));
    const csrf = await b.csrfOf(`/admin/feeds/${feed.id}`);

    const saved = await b.post(`/admin/feeds/${feed.id}/polling`, { csrf, min: '60', max: '1440' });
    assert.equal(saved.status, 303);
    assert.equal(saved.location, `/admin/feeds/${feed.id}?notice=saved`);
    assert.deepEqual(await bounds(db, feed.id), [3600, 86_400]);
    const shown = dom((await b.get(`/admin/feeds/${feed.id}?notice=saved`)).body);
    assert.equal(shown.querySelector('input[name="min"]')?.getAttribute('value'), '60');
    assert.equal(shown.querySelector('input[name="max"]')?.getAttribute('value'), '1440');

    await b.post(`/admin/feeds/${feed.id}/polling`, { csrf, min: '', max: '2,5' });
    assert.deepEqual(await bounds(db, feed.id), [null, 150]);
    assert.deepEqual(await auditActions(db), [
      `greta feed.polling feed ${feed.id} (https://heidekurier.example/feed.xml) min=3600 max=86400`,
      `greta feed.polling feed ${feed.id} (https://heidekurier.example/feed.xml) min=default max=150`,
    ]);
  });

  test('not a number, crossed bounds or out of range: a clear error, the typed values kept, nothing stored', async () => {
    const { app, db } = await adminSite();
    const feed = await seed(db);
    const b = await as(app, ADMIN);
    const csrf = await b.csrfOf(`/admin/feeds/${feed.id}`);
    await b.post(`/admin/feeds/${feed.id}/polling`, { csrf, min: '30', max: '' });
    const cases: Array<{ min: string; max: string; reason: RegExp }> = [
      { min: 'oft', max: '60', reason: /„oft“ ist keine Zahl von Minuten/ },
      { min: '120', max: '60', reason: /the shortest interval \(7200 s\) is longer than the longest \(3600 s\)/ },
      { min: '0', max: '', reason: /must be between 1 second and 30 days/ },
      { min: '', max: '50000', reason: /the longest interval must be between 1 second and 30 days/ },
    ];
    for (const c of cases) {
      const answer = await b.post(`/admin/feeds/${feed.id}/polling`, { csrf, min: c.min, max: c.max });
      assert.equal(answer.status, 400, c.min);
      const page = dom(answer.body);
      assert.match(text(page.querySelector('[role="alert"]')), /^Die Eingabe ist ungültig: /);
      assert.match(text(page.querySelector('[role="alert"]')), c.reason);
      assert.equal(page.querySelector('input[name="min"]')?.getAttribute('value'), c.min);
      assert.equal(page.querySelector('input[name="max"]')?.getAttribute('value'), c.max);
    }
    assert.deepEqual(await bounds(db, feed.id), [1800, null]);
    assert.equal((await auditActions(db)).length, 1);
    assert.equal((await b.post('/admin/feeds/4711/polling', { csrf, min: '60', max: '' })).status, 404);
    assert.equal((await b.get('/admin/feeds/4711')).status, 404);
  });

  test('pause and resume from the feed page come back to it', async () => {
    const { app, db } = await adminSite();
    const feed = await seed(db);
    const b = await as(app, ADMIN);
    const csrf = await b.csrfOf(`/admin/feeds/${feed.id}`);
    const paused = await b.post(`/admin/feeds/${feed.id}/pause`, { csrf, back: `/admin/feeds/${feed.id}` });
    assert.equal(paused.location, `/admin/feeds/${feed.id}?notice=saved`);
    assert.equal((await getFeed(db, feed.id))?.disabled, true);
    assert.match(text(dom((await b.get(`/admin/feeds/${feed.id}`)).body).querySelector('main') ?? null), /Dieser Feed ist pausiert/);
    await b.post(`/admin/feeds/${feed.id}/resume`, { csrf, back: `/admin/feeds/${feed.id}` });
    assert.equal((await getFeed(db, feed.id))?.disabled, false);
  });

  test('without the CSRF token, as editor or anonymous: refused, nothing stored or audited', async () => {
    const { app, db } = await adminSite();
    const feed = await seed(db);
    const admin = await as(app, ADMIN);
    assert.equal((await admin.post(`/admin/feeds/${feed.id}/polling`, { min: '60', max: '' })).status, 403);
    const editor = await as(app, EDITOR);
    assert.equal((await editor.get(`/admin/feeds/${feed.id}`)).status, 403);
    assert.equal((await editor.post(`/admin/feeds/${feed.id}/polling`, { csrf: await editor.csrfOf('/admin'), min: '60', max: '' })).status, 403);
    const anonymous = browser(app);
    assert.equal((await anonymous.get(`/admin/feeds/${feed.id}`)).location, `/admin/login?next=${encodeURIComponent(`/admin/feeds/${feed.id}`)}`);
    assert.equal((await anonymous.post(`/admin/feeds/${feed.id}/polling`, { csrf: 'x', min: '60', max: '' })).status, 403);
    assert.deepEqual(await bounds(db, feed.id), [null, null]);
    assert.deepEqual(await auditActions(db), []);
  });
});
