import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addFeed, createSource, getFeedPolicy } from '../../../src/store/index.ts';
import { getSourceExtraction } from '../../../src/store/source-extraction.ts';
import { NOW } from '../../web/admin/support.ts';
import { adminApiSite } from './support.ts';

describe('admin API: a source\'s full text and site rule, a feed\'s polling bounds (the same use cases as the pages)', () => {
  test('PATCH a source: full text and site rule are stored, shown and audited; a bad selector stores nothing of the request', async () => {
    const site = await adminApiSite();
    const source = await createSource(site.db, { name: 'Heidekurier' });
    const admin = await site.tokenFor('greta', 'admin');
    const before = await site.call('GET', `/api/admin/sources/${source.id}`, await site.tokenFor('greta', 'read'));
    assert.deepEqual([before.json?.['fullText'], before.json?.['siteRule']], ['default', null]);

    const rule = { host: 'heidekurier.example', body: ['.artikel'], remove: ['.werbung', 'aside'] };
    const patched = await site.call('PATCH', `/api/admin/sources/${source.id}`, admin, { fullText: 'off', siteRule: rule });
    assert.equal(patched.status, 200, JSON.stringify(patched.json));
    assert.deepEqual([patched.json?.['fullText'], patched.json?.['siteRule']], ['off', rule]);

    const bad = await site.call('PATCH', `/api/admin/sources/${source.id}`, admin, { publishMode: 'review', fullText: 'on', siteRule: { ...rule, remove: ['aside', 'div[x'] } });
    assert.equal(bad.status, 400);
    assert.match((bad.json?.['error'] as { message: string }).message, /remove, line 2: "div\[x" is not a CSS selector/);
    const now = await site.call('GET', `/api/admin/sources/${source.id}`, admin);
    assert.deepEqual([now.json?.['publishMode'], now.json?.['fullText'], now.json?.['siteRule']], ['auto', 'off', rule]);

    const removed = await site.call('PATCH', `/api/admin/sources/${source.id}`, admin, { siteRule: null, fullText: 'default' });
    assert.deepEqual([removed.json?.['fullText'], removed.json?.['siteRule']], ['default', null]);
    assert.deepEqual(await getSourceExtraction(site.db, source.id).then((r) => [r?.fullText, r?.siteRuleJson]), [null, null]);
    const audit = await site.db.selectFrom('audit_log').select('action').where('action', 'like', 'source.%').orderBy('id').execute();
    assert.deepEqual(audit.map((a) => a.action), ['source.full_text', 'source.site_rule', 'source.full_text', 'source.site_rule']);
  });

  test('the list of sources shows each source as GET of that source does: settings, review, full text and rule', async () => {
    const site = await adminApiSite();
    const plain = await createSource(site.db, { name: 'Heidekurier' });
    const tuned = await createSource(site.db, { name: 'Moorbote' });
    await addFeed(site.db, { sourceId: tuned.id, url: 'https://moorbote.example/feed.xml', nextCheckAt: NOW });
    const admin = await site.tokenFor('greta', 'admin');
    const rule = { host: 'moorbote.example', body: ['.meldung'], remove: [] };
    assert.equal((await site.call('PATCH', `/api/admin/sources/${tuned.id}`, admin, { publishMode: 'review', fullText: 'off', siteRule: rule })).status, 200);
    const list = (await site.call('GET', '/api/admin/sources', admin)).json as unknown as Array<Record<string, unknown>>;
    for (const id of [plain.id, tuned.id]) {
      assert.deepEqual(list.find((s) => s['id'] === id), (await site.call('GET', `/api/admin/sources/${id}`, admin)).json);
    }
    assert.deepEqual(list.map((s) => [s['name'], s['publishMode'], s['fullText'], s['siteRule']]), [
      ['Heidekurier', 'auto', 'default', null],
      ['Moorbote', 'review', 'off', rule],
    ]);
  });

  test('PATCH a feed: its own polling bounds, kept when absent, null for the site\'s setting; crossed bounds refused', async () => {
    const site = await adminApiSite();
    const source = await createSource(site.db, { name: 'Heidekurier' });
    const feed = await addFeed(site.db, { sourceId: source.id, url: 'https://heidekurier.example/feed.xml', nextCheckAt: NOW });
    const admin = await site.tokenFor('greta', 'admin');
    const set = await site.call('PATCH', `/api/admin/feeds/${feed.id}`, admin, { minIntervalSeconds: 3600, maxIntervalSeconds: 7200 });
    assert.equal(set.status, 200);
    assert.deepEqual([set.json?.['minIntervalSeconds'], set.json?.['maxIntervalSeconds']], [3600, 7200]);
    const kept = await site.call('PATCH', `/api/admin/feeds/${feed.id}`, admin, { maxIntervalSeconds: null });
    assert.deepEqual([kept.json?.['minIntervalSeconds'], kept.json?.['maxIntervalSeconds']], [3600, null]);
    const crossed = await site.call('PATCH', `/api/admin/feeds/${feed.id}`, admin, { maxIntervalSeconds: 60 });
    assert.equal(crossed.status, 400);
    assert.equal((await site.call('PATCH', `/api/admin/feeds/${feed.id}`, admin, { minIntervalSeconds: 'oft' })).status, 400);
    const policy = await getFeedPolicy(site.db, feed.id);
    assert.deepEqual([policy?.minIntervalSeconds, policy?.maxIntervalSeconds], [3600, null]);
    const listed = await site.call('GET', '/api/admin/feeds', await site.tokenFor('greta', 'read'));
    assert.equal((listed.json as unknown as Array<{ minIntervalSeconds: number }>)[0]!.minIntervalSeconds, 3600);
  });
});
